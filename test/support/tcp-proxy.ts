import net from 'node:net';

/**
 * A TCP relay in front of the shared PostgreSQL server: `down()` makes the server vanish for
 * whatever connects through it (every connection cut, new ones refused), `up()` brings it back on
 * the same port. `freeze()` makes it hang instead: connections stay open and are accepted, but not
 * a byte is relayed either way (a stopped or wedged server) until `thaw()` delivers what was held.
 * The shared server itself is never stopped.
 */
export interface TcpProxy {
  port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let held: (() => void)[] | null = null;
  const relay = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk) => (held ? held.push(() => to.write(chunk)) : to.write(chunk)));
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
  return { port, down, up: listen, freeze, thaw, close: down };
}
