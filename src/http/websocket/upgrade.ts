import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../../logger';
import { graphqlError, tooManyRequests, type RateLimitSpender } from '../hardening';
import { HeldRefusals, type HoldLimits } from './held-refusals';
import { RefusedAddresses } from './refused-addresses';

/** Refused addresses remembered at once: about 150 bytes each (an IPv6 address and its end), some 1.5 MB. */
const REMEMBERED_REFUSALS = 10_000;

export interface UpgradeOptions {
  path: string;
  spendRateLimit: RateLimitSpender;
  /** The budget's size, for the refusal's words. */
  perMinute: number;
  holds: HoldLimits;
  logger: Logger;
}

/** 429 RATE_LIMITED with Retry-After, written as the HTTP answer to the upgrade (no WebSocket is opened). */
function refuse(socket: Duplex, retryAfterSeconds: number, perMinute: number): void {
  const body = JSON.stringify(graphqlError(tooManyRequests(perMinute, retryAfterSeconds), 'RATE_LIMITED'));
  socket.end(
    'HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
      `Retry-After: ${retryAfterSeconds}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Takes WebSocket upgrades on `path` only, each counted first as an HTTP request from its address
 * (in the same budget): upgrades never bypass the rate limit, and a flood of them is answered 429
 * before any WebSocket exists. The address, not a token, pays: the token comes later, in connection_init.
 * Once refused, an address is refused without counting until its Retry-After passes, and refusals
 * are answered after a hold (HeldRefusals), their Retry-After what is left then. Answers what
 * answers the held refusals at once, on shutdown.
 */
export function acceptUpgrades(httpServer: http.Server, wss: WebSocketServer, options: UpgradeOptions): { close(): void } {
  const refused = new RefusedAddresses(REMEMBERED_REFUSALS);
  const holds = new HeldRefusals(options.holds);
  const refuseLater = (socket: Duplex, address: string, until: number) =>
    holds.hold(socket, address, until, () => refuse(socket, Math.max(1, Math.ceil((until - Date.now()) / 1000)), options.perMinute));
  httpServer.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? '').split('?')[0] !== options.path) return socket.destroy();
    // A peer that resets while its upgrade is being counted or refused must not crash the process.
    const reset = () => socket.destroy();
    socket.on('error', reset);
    const address = request.socket.remoteAddress ?? '';
    const until = refused.until(address);
    if (until) return refuseLater(socket, address, until);
    options.spendRateLimit({ authorization: undefined, ip: address }, 1).then(
      (verdict) => {
        if (socket.destroyed) return;
        if (!verdict.allowed) {
          const end = Date.now() + verdict.retryAfterSeconds * 1000;
          refused.remember(address, end);
          return refuseLater(socket, address, end);
        }
        socket.off('error', reset);
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      },
      (error: unknown) => {
        options.logger.error({ err: error }, 'WebSocket upgrade not counted');
        socket.destroy();
      },
    );
  });
  return { close: () => holds.answerAll() };
}
