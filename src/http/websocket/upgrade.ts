import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../../logger';
import { graphqlError, tooManyRequests, type RateLimitSpender } from '../hardening';

export interface UpgradeOptions {
  path: string;
  spendRateLimit: RateLimitSpender;
  /** The budget's size, for the refusal's words. */
  perMinute: number;
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
 */
export function acceptUpgrades(httpServer: http.Server, wss: WebSocketServer, options: UpgradeOptions): void {
  httpServer.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? '').split('?')[0] !== options.path) return socket.destroy();
    // A peer that resets while its upgrade is being counted must not crash the process.
    const reset = () => socket.destroy();
    socket.on('error', reset);
    options.spendRateLimit({ authorization: undefined, ip: request.socket.remoteAddress ?? '' }, 1).then(
      (verdict) => {
        if (socket.destroyed) return;
        if (!verdict.allowed) return refuse(socket, verdict.retryAfterSeconds, options.perMinute);
        socket.off('error', reset);
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      },
      (error: unknown) => {
        options.logger.error({ err: error }, 'WebSocket upgrade not counted');
        socket.destroy();
      },
    );
  });
}
