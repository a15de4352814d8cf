import type { WebSocket } from 'ws';

/** Dead peers (no pong to a ping) are cut off after this long. */
const KEEP_ALIVE_MS = 30_000;

/**
 * Stops reading a socket whose caller is over its rate limit until its budget returns: like an
 * HTTP request refused before its body is parsed, further messages then cost the server nothing
 * (TCP holds them back at the peer). Events are still sent to it.
 */
export function holdReading(socket: WebSocket, seconds: number): void {
  if (socket.isPaused) return;
  socket.pause();
  setTimeout(() => socket.resume(), seconds * 1000).unref();
}

/**
 * Pings the peer; one that has not answered the last ping is cut off. A socket held unread is
 * not pinged: its pong could not be read. Answers the function that stops it.
 */
export function keepAlive(socket: WebSocket): () => void {
  let alive = true;
  const timer = setInterval(() => {
    if (socket.isPaused) return;
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, KEEP_ALIVE_MS);
  socket.on('pong', () => (alive = true));
  return () => clearInterval(timer);
}
