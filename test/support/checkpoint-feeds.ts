import http from 'node:http';
import net from 'node:net';
import { EventSource } from 'eventsource';

/** An auditor's feed as a browser holds it: a real EventSource, with the revisions of the checkpoints it received. */
export interface OpenFeed {
  revisions: number[];
  close(): void;
}

export interface FeedOptions {
  token?: string;
  /** The revision a reconnecting client names (EventSource sends its own on its reconnections). */
  lastEventId?: string;
}

/** Opens an EventSource on the feed; resolves once open, rejects with the HTTP status it was refused with. */
export function openFeed(base: string, options: FeedOptions = {}): Promise<OpenFeed> {
  const source = new EventSource(`${base}/audit/checkpoints/feed`, {
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: {
          ...init.headers,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.lastEventId && !init.headers['Last-Event-ID'] ? { 'Last-Event-ID': options.lastEventId } : {}),
        },
      }),
  });
  const revisions: number[] = [];
  source.addEventListener('checkpoint', (event) => revisions.push(Number(event.lastEventId)));
  return new Promise((resolve, reject) => {
    source.onopen = () => resolve({ revisions, close: () => source.close() });
    source.onerror = (error) => {
      if (source.readyState === EventSource.OPEN) return;
      source.close();
      reject(new Error(`feed refused: ${error.code ?? error.message}`));
    };
  });
}

/** A plain GET of the feed from a given loopback address; the body is read unless the feed was opened (200). */
export function feedFrom(base: string, localAddress: string): Promise<{ status: number; retryAfter?: string; body: any; close(): void }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}/audit/checkpoints/feed`, { localAddress, agent: false }, (response) => {
      const close = () => request.destroy();
      if (response.statusCode === 200) return resolve({ status: 200, body: null, close });
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'], body: JSON.parse(text), close }),
      );
    });
    request.on('error', reject);
  });
}

/**
 * A client that asks for the feed and then never reads a byte: what the server sends piles up in
 * the socket until the server gives up on it.
 */
export function silentFeed(base: string): net.Socket {
  const { hostname, port } = new URL(base);
  const socket = net.connect({ host: hostname, port: Number(port) });
  socket.write(`GET /audit/checkpoints/feed HTTP/1.1\r\nHost: ${hostname}\r\nAccept: text/event-stream\r\n\r\n`);
  socket.pause();
  return socket;
}
