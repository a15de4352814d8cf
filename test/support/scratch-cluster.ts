import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, so a test may
 * crash and restart a server without touching the shared one. PostgreSQL refuses to run as root:
 * as root the cluster runs as the `postgres` user.
 */
export interface ScratchCluster {
  url: string;
  /** Stops the server as a crash would (`-m immediate`: no checkpoint, WAL recovery at start) and starts it again. */
  crashAndRestart(): Promise<void>;
  remove(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export async function createScratchCluster(): Promise<ScratchCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pg-cluster-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres', dir]);
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', `${BIN}/${tool}`, ...args]) : run(`${BIN}/${tool}`, args);
  const data = path.join(dir, 'data');
  const port = await freePort();
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () =>
    pg('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', path.join(dir, 'log'), '-w', 'start']);
  const stop = (mode: string) => pg('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async crashAndRestart() {
      await stop('immediate');
      await start();
    },
    async remove() {
      await stop('fast').catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
