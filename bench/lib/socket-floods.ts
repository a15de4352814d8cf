import { fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

const PROTOCOL = 'graphql-transport-ws';

export interface Probed {
  p50: number;
  p99: number;
  max: number;
  answers: number;
}

/** Milliseconds of each answer of `url`, asked one after another (10 ms apart) until `stop()`. */
export function probe(url: string) {
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(url)).text();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop(): Promise<Probed> {
      running = false;
      await done;
      const sorted = [...latencies].sort((a, b) => a - b);
      const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]);
      return { p50: at(0.5), p99: at(0.99), max: Math.round(sorted.at(-1)!), answers: sorted.length };
    },
  };
}

/**
 * `probe` from a process of its own (bench/lib/healthz-probe.ts): the flooding clients keep this
 * process's event loop busy, and the time an answer waits there is not the service's. Resolves once it asks.
 */
export async function probeApart(url: string): Promise<{ stop(): Promise<Probed> }> {
  const child = fork(path.join(__dirname, 'healthz-probe.js'), [url], { stdio: 'inherit' });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the /healthz probe exited with ${code}`)));
  });
  return {
    stop: () =>
      new Promise<Probed>((resolve) => {
        child.once('message', (figures: Probed) => resolve(figures));
        child.send('stop');
      }),
  };
}

/** A signed-in graphql-ws socket: resolves once acknowledged; answers whether it was, and the socket. */
export function signIn(url: string, token: string): Promise<{ socket: WebSocket; accepted: boolean; code?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, PROTOCOL);
    socket.on('error', () => undefined);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.once('message', (data: Buffer) =>
      resolve({ socket, accepted: (JSON.parse(data.toString()) as { type: string }).type === 'connection_ack' }),
    );
    socket.once('close', (code) => resolve({ socket, accepted: false, code }));
  });
}

/**
 * Operations sent back to back over signed-in sockets, `inFlight` at a time on each, each a new
 * subscribe message with `document`, until `stop()`. Answers how many were answered.
 */
export async function operationFlood(url: string, token: string, sockets: number, inFlight: number, document: string) {
  const opened = await Promise.all(Array.from({ length: sockets }, () => signIn(url, token)));
  let answered = 0;
  let next = 0;
  for (const { socket } of opened) {
    const send = () =>
      socket.readyState === socket.OPEN &&
      socket.send(JSON.stringify({ id: String(next++), type: 'subscribe', payload: { query: document } }));
    socket.on('message', (data: Buffer) => {
      const type = (JSON.parse(data.toString()) as { type: string }).type;
      if (type === 'error' || type === 'complete') {
        answered += 1;
        send();
      }
    });
    for (let i = 0; i < inFlight; i += 1) send();
  }
  return {
    stop(): number {
      for (const { socket } of opened) socket.terminate();
      return answered;
    },
  };
}

/**
 * The hostile-client issue's anonymous flood: `count` sockets from `localAddress` opened within
 * `withinMs`, none sending connection_init, each reopened as soon as it is closed, until `stop()`.
 * Answers how many upgrades were attempted.
 */
export function anonymousFlood(url: string, localAddress: string, count: number, withinMs: number) {
  let stopped = false;
  let attempts = 0;
  const sockets = new Set<WebSocket>();
  const open = (): void => {
    if (stopped) return;
    attempts += 1;
    const socket = new WebSocket(url, PROTOCOL, { localAddress });
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => {
      sockets.delete(socket);
      open();
    });
  };
  const batches = Math.max(1, Math.round(withinMs / 7));
  for (let batch = 0; batch < batches; batch += 1)
    setTimeout(() => Array.from({ length: Math.ceil(count / batches) }, open), (batch * withinMs) / batches);
  return {
    stop(): number {
      stopped = true;
      for (const socket of sockets) socket.terminate();
      return attempts;
    },
  };
}
