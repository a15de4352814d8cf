import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startService } from '../support/service';
import { runToExit } from '../support/spawn';

/** Whether anything accepts a TCP connection at host:port. */
const answers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

const portOf = (url: string) => Number(new URL(url).port);

describe('where the service listens, as npm start runs it', () => {
  jest.setTimeout(120_000);

  it('listens on the loopback interface only unless HOST says otherwise', async () => {
    const local = await startService();
    try {
      expect(await answers('127.0.0.1', portOf(local.url))).toBe(true);
      // 127.0.0.2 is this machine too, but not the address the service bound.
      expect(await answers('127.0.0.2', portOf(local.url))).toBe(false);
    } finally {
      await local.stop();
    }
    const everywhere = await startService({ HOST: '0.0.0.0' });
    try {
      expect(await answers('127.0.0.2', portOf(everywhere.url))).toBe(true);
    } finally {
      await everywhere.stop();
    }
  });

  it('says in one Vietnamese line that the port is taken, before opening the store, without a stack trace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-port-'));
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, lines } = await runToExit('src/main.ts', { PORT: String(port), THIDUA_STORE: `sqlite:${path.join(dir, 'thidua.db')}` });
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0])).toMatchObject({
        level: 60,
        msg: `Cổng ${port} trên 127.0.0.1 đang được một tiến trình khác dùng: dừng tiến trình đó hoặc đặt PORT khác.`,
      });
      expect(lines.join('\n')).not.toMatch(/\n\s+at /);
      // Nothing was opened or created: no store file, no keys.
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      taken.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
