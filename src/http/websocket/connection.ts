import type http from 'node:http';
import type { WebSocket as ProtocolSocket } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../../logger';
import type { SocketDropReason } from '../../ops/metrics';
import { CLOSING, closeWith } from './close';
import type { Extra, GraphqlWsServer } from './graphql-ws-server';
import { keepAlive } from './reading';
import type { SocketSlots } from './socket-slots';

/** A slow consumer's close: it may still read what was sent before it; after this long it is cut off. */
const SLOW_CLOSE_GRACE_MS = 30_000;

export interface ConnectionOptions {
  slots: SocketSlots;
  server: GraphqlWsServer;
  /** Bytes waiting to be sent on one socket; past this the consumer is too slow and is dropped. */
  maxBufferedBytes: number;
  logger: Logger;
  onDropped: (reason: SocketDropReason) => void;
}

/**
 * The socket as graphql-ws writes to it. Sending never waits for the peer: an answer either fits
 * under the bound of unsent bytes or the consumer is dropped (`onSlow`), never buffered for.
 */
function boundedSocket(socket: WebSocket, options: ConnectionOptions, onSlow: () => void): ProtocolSocket {
  let dropped = false;
  return {
    protocol: socket.protocol,
    send(data) {
      if (dropped || socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount + Buffer.byteLength(data) <= options.maxBufferedBytes) return socket.send(data);
      dropped = true;
      options.onDropped('slow');
      options.logger.warn({ bufferedBytes: socket.bufferedAmount, limit: options.maxBufferedBytes }, 'slow subscription consumer dropped');
      onSlow();
      closeWith(socket, CLOSING.slowConsumer, SLOW_CLOSE_GRACE_MS);
    },
    close: (code, reason) => socket.close(code, reason),
    onMessage: (handle) =>
      // The socket's binary type is Node's default, so every message arrives as one Buffer.
      socket.on('message', (message: Buffer) => {
        handle(message.toString('utf8')).catch((error: unknown) => {
          options.logger.error({ err: error }, 'subscription message failed');
          closeWith(socket, CLOSING.internal);
        });
      }),
  };
}

/** A new socket: it takes an unauthenticated slot (or is closed saying why), then speaks graphql-ws until it closes. */
export function acceptConnection(socket: WebSocket, request: http.IncomingMessage, options: ConnectionOptions): void {
  socket.on('error', (error) => options.logger.warn({ err: error }, 'subscription socket error'));
  if (!options.slots.admit(socket, request.socket.remoteAddress ?? '')) return;
  const stopKeepAlive = keepAlive(socket);
  let disposed = false;
  const dispose = (code: number, reason: string) => {
    if (disposed) return;
    disposed = true;
    void closed(code, reason);
  };
  const extra: Extra = { socket, request };
  const closed = options.server.opened(
    boundedSocket(socket, options, () => dispose(CLOSING.slowConsumer[0], 'SLOW_CONSUMER')),
    extra,
  );
  socket.once('close', (code, reason) => {
    stopKeepAlive();
    options.slots.release(socket);
    dispose(code, String(reason));
  });
}
