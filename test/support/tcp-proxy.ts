import net from 'node:net';

/**
 * A TCP relay in front of the shared PostgreSQL server: `down()` makes the server vanish for
 * whatever connects through it (every connection cut, new ones refused), `up()` brings it back on
 * the same port. `freeze()` makes it hang instead: connections stay open and are accepted, but not
 * a byte is relayed either way (a stopped or wedged server) until `thaw()` delivers what was held.
 * `loseAnswerTo(request)` cuts the one connection whose request matches once the server has it,
 * before a byte of the answer comes back. The shared server itself is never stopped.
 */
export interface TcpProxy {
  port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  freeze(): void;
  thaw(): void;
  /**
   * The next connection on which the client sends bytes that `request` matches: those bytes reach
   * the server, and the connection is cut at the first byte the server answers, which the client
   * never sees (a network that fails after the request arrived). Resolves once it has cut.
   */
  loseAnswerTo(request: (bytes: Buffer) => boolean): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let held: (() => void)[] | null = null;
  let losing: { request: (bytes: Buffer) => boolean; cut: () => void } | null = null;
  const relay = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk) => (held ? held.push(() => to.write(chunk)) : to.write(chunk)));
  /** Arms the pair to cut at the server's first byte once the client sent what `losing` waits for. */
  const watchForLostAnswer = (client: net.Socket, upstream: net.Socket) => {
    client.prependListener('data', (chunk: Buffer) => {
      if (!losing?.request(chunk)) return;
      const { cut } = losing;
      losing = null;
      upstream.removeAllListeners('data');
      upstream.on('data', () => {
        client.destroy();
        upstream.destroy();
        cut();
      });
    });
  };
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => undefined);
          socket.on('close', () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        watchForLostAnswer(client, upstream);
        relay(client, upstream);
        relay(upstream, client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const down = async () => {
    const closing = server ? new Promise<void>((resolve) => server!.close(() => resolve())) : Promise.resolve();
    server = null;
    for (const socket of sockets) socket.destroy();
    await closing;
  };
  await listen();
  const freeze = () => void (held ??= []);
  const thaw = () => {
    const writes = held ?? [];
    held = null;
    for (const write of writes) write();
  };
  const loseAnswerTo = (request: (bytes: Buffer) => boolean) => new Promise<void>((cut) => void (losing = { request, cut }));
  return { port, down, up: listen, freeze, thaw, loseAnswerTo, close: down };
}
