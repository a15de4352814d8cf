import type http from 'node:http';
import { handleProtocols } from 'graphql-ws';
import { WebSocketServer } from 'ws';
import type { SocketDropReason } from '../ops/metrics';
import { acceptConnection } from './websocket/connection';
import { graphqlWsServer, type ProtocolOptions } from './websocket/graphql-ws-server';
import { SocketSlots } from './websocket/socket-slots';
import { acceptUpgrades } from './websocket/upgrade';

export interface SubscriptionServer {
  /** Signed-in sockets. */
  connections(): number;
  /** Sockets not yet signed in. */
  unauthenticated(): number;
  /** Bytes written to the open sockets and not yet taken by their peers. */
  bufferedBytes(): number;
  close(): Promise<void>;
}

interface Options extends Omit<ProtocolOptions, 'slots'> {
  httpServer: http.Server;
  path: string;
  /** The HTTP body limit: a bigger message closes its socket with 1009 (message too big). */
  maxMessageBytes: number;
  onDropped: (reason: SocketDropReason) => void;
}

/** Closes every socket on shutdown; a peer that does not answer the close (one that stopped reading) must not hold it. */
async function closeAll(wss: WebSocketServer, slots: SocketSlots, upgrades: { close(): void }): Promise<void> {
  upgrades.close();
  for (const socket of slots.sockets()) socket.close(1001, 'Going away');
  for (const deadline = Date.now() + 1000; slots.sockets().length > 0 && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  for (const socket of slots.sockets()) socket.terminate();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
}

/**
 * GraphQL subscriptions over WebSocket in the graphql-ws protocol, on the HTTP server's port and
 * path. Each upgrade is counted by the HTTP rate limit; the token goes in `connection_init`
 * (`{ "authorization": "Bearer …" }`), within the init deadline; each operation is counted,
 * limited and authorised like an HTTP request. Bounded: sockets not yet signed in (in all and per
 * address) apart from signed-in ones, subscriptions per connection, and the bytes waiting to be
 * sent to one connection (a consumer past it is dropped, never buffered).
 */
export function attachSubscriptions(options: Options): SubscriptionServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    // One message of a socket per turn of the event loop, so other sockets and HTTP requests are
    // served between two large messages (docs/websocket-limits.md: /healthz under a flood of them).
    allowSynchronousEvents: false,
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const slots = new SocketSlots(options.limits, options.onDropped);
  const server = graphqlWsServer({ ...options, slots });
  const connection = {
    slots,
    server,
    maxBufferedBytes: options.limits.maxBufferedBytes,
    logger: options.logger,
    onDropped: options.onDropped,
  };
  wss.on('connection', (socket, request) => acceptConnection(socket, request, connection));
  const { limits } = options;
  const upgrades = acceptUpgrades(options.httpServer, wss, {
    path: options.path,
    spendRateLimit: options.spendRateLimit,
    perMinute: options.app.config.rateLimitPerMinute,
    holds: { holdMs: limits.refusalHoldMs, inAll: limits.maxHeldRefusals, perAddress: limits.maxHeldRefusalsPerAddress },
    logger: options.logger,
  });
  return {
    connections: () => slots.signedIn(),
    unauthenticated: () => slots.unauthenticated(),
    bufferedBytes: () => slots.sockets().reduce((sum, socket) => sum + socket.bufferedAmount, 0),
    close: () => closeAll(wss, slots, upgrades),
  };
}
