import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestService } from './service';

/** The service's WebSocket address: same port and path as HTTP. */
export const wsUrl = (service: TestService) => service.url.replace(/^http/, 'ws');

/** A graphql-ws client as a frontend opens it: the token in connection_init. */
export function liveClient(service: TestService, token: string | null, options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url: wsUrl(service),
    webSocketImpl: WebSocket,
    connectionParams: token === null ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: options.retryAttempts ?? 0,
    lazy: true,
  });
}

/** One value of a Prometheus metric from /metrics (the first sample whose line starts with `name`). */
export async function metric(service: TestService, name: string): Promise<number> {
  const text = await (await fetch(service.url.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(name));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function eventually(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
