import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CHECKPOINT_EVENT } from '../../src/audit/checkpoint';
import { chainBatch, EMPTY_CHAIN } from '../../src/eventstore/chain';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import type { PublishedCheckpoint } from '../../src/audit/published-checkpoints';
import { startService, type TestService } from '../support/service';
import { exited, spawnProgram } from '../support/spawn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-kept-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REGISTER = 'mutation($id: ID!, $name: String!) { registerUnit(input: { unitId: $id, name: $name, level: REGIONAL }) { position } }';

/** `npm run verify` as an auditor runs it (the CLI in its own process). */
async function verify(...args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawnProgram('src/cli/verify.ts', args);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { code: await exited(child), out };
}

/** A copy of the stopped service's data folder, for one tampering. */
function copyOf(name: string, data: string): string {
  const copy = path.join(dir, name);
  fs.cpSync(data, copy, { recursive: true });
  return copy;
}

/** Reads Server-Sent Events from a stream until `count` checkpoints came, as an auditor's client would. */
async function feedCheckpoints(response: Response, count: number): Promise<{ id: string; checkpoint: PublishedCheckpoint }[]> {
  const reader = response.body!.getReader();
  const received: { id: string; checkpoint: PublishedCheckpoint }[] = [];
  let buffer = '';
  while (received.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += Buffer.from(value).toString();
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop()!;
    for (const block of blocks) {
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      );
      if (fields.event === 'checkpoint') received.push({ id: fields.id, checkpoint: JSON.parse(fields.data) });
    }
  }
  await reader.cancel();
  return received;
}

describe('checkpoints published for auditors, and a log checked against the ones they kept', () => {
  let service: TestService;
  let data: string;
  let kept: string;
  let publicKey: string;

  beforeAll(async () => {
    data = path.join(dir, 'service');
    service = await startService({
      THIDUA_STORE: `sqlite:${path.join(data, 'thidua.db')}`,
      THIDUA_CHECKPOINT_EVERY: '5',
      THIDUA_CHECKPOINT_WITHIN_SECONDS: '1',
    });
    publicKey = path.join(dir, 'public-key.pem');
    fs.writeFileSync(publicKey, await (await fetch(`${service.base}/audit/public-key.pem`)).text());
  });
  afterAll(() => service.stop());

  it('publishes checkpoints in pages and as a feed; a write is signed within the configured time', async () => {
    const feed = await fetch(`${service.base}/audit/checkpoints/feed`);
    expect(feed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const fromFeed = feedCheckpoints(feed, 2);
    for (let i = 0; i < 12; i += 1)
      expect((await service.gql(REGISTER, { id: `u${i}`, name: `Viện kiểm sát nhân dân khu vực ${i}` })).errors).toBeUndefined();
    const delivered = await fromFeed;
    expect(delivered.map((event) => event.checkpoint.trigger)).toEqual(['every 5 events', 'every 5 events']);
    expect(delivered.map((event) => event.id)).toEqual(['0', '1']);

    // The last writes are not 5 events yet: the time bound signs them.
    const head = await service.store.headPosition();
    const deadline = Date.now() + 5000;
    type Page = { checkpoints: PublishedCheckpoint[]; next: number | null };
    let all: Page = { checkpoints: [], next: null };
    while (Date.now() < deadline && !all.checkpoints.some((c) => c.position >= head)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      all = (await (await fetch(`${service.base}/audit/checkpoints?limit=1000`)).json()) as Page;
    }
    expect(all.checkpoints.at(-1)).toMatchObject({ position: head, trigger: 'within 1 s of a write' });
    expect(all.checkpoints.slice(0, 2)).toEqual(delivered.map((event) => event.checkpoint));

    const page = await (await fetch(`${service.base}/audit/checkpoints?limit=1`)).json();
    expect(page).toMatchObject({ checkpoints: [all.checkpoints[0]], next: 0 });
    const second = (await (await fetch(`${service.base}/audit/checkpoints?limit=1&after=0`)).json()) as Page;
    expect(second.checkpoints).toEqual([all.checkpoints[1]]);
    const bad = await fetch(`${service.base}/audit/checkpoints?after=abc`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');

    // A client that reconnects with the last id it saw gets what it missed.
    const resumed = await feedCheckpoints(
      await fetch(`${service.base}/audit/checkpoints/feed`, { headers: { 'last-event-id': '0' } }),
      all.checkpoints.length - 1,
    );
    expect(resumed.map((event) => event.checkpoint)).toEqual(all.checkpoints.slice(1));

    kept = path.join(dir, 'kept.json');
    fs.writeFileSync(kept, JSON.stringify(all));
  }, 30_000);

  describe('after the service stopped', () => {
    beforeAll(() => service.stop());

    it('the untouched log holds every kept checkpoint', async () => {
      const { code, out } = await verify(data, '--public-key', publicKey, '--checkpoints', kept);
      expect(out).toMatch(/^OK: .*; all \d+ kept checkpoints found in the log\.$/m);
      expect(code).toBe(0);
    });

    it('a log cut below a kept checkpoint (its newest events deleted) fails, saying so', async () => {
      const copy = copyOf('cut', data);
      const db = new Database(path.join(copy, 'thidua.db'));
      const { position } = db.prepare('SELECT MAX(position) - 4 AS position FROM events').get() as { position: number };
      db.prepare('DELETE FROM events WHERE position > ?').run(position);
      db.close();
      expect((await verify(copy, '--public-key', publicKey)).code).toBe(0);
      const { code, out } = await verify(copy, '--public-key', publicKey, '--checkpoints', kept);
      expect(out).toMatch(
        new RegExp(`^KEPT CHECKPOINT NOT IN THE LOG at position \\d+: nhật ký kết thúc ở vị trí ${position}, trước .* đã bị cắt bớt$`, 'm'),
      );
      expect(code).toBe(1);
    });

    it('a log rewritten below a kept checkpoint and re-hashed from there on fails, saying so', async () => {
      const copy = copyOf('rewritten', data);
      const source = new SqliteEventStore(path.join(copy, 'thidua.db'), { readonly: true });
      const events = await source.readAll();
      await source.close();
      const victim = events.find((event) => event.type === 'UnitRegistered' && event.position > 3)!;
      // The forger keeps what comes before the victim, changes it, drops the checkpoints that would
      // betray the change, and links everything after it again.
      const forged = new SqliteEventStore(path.join(copy, 'forged.db'));
      await forged.importRecorded(events.filter((event) => event.position < victim.position));
      let head = events
        .filter((event) => event.position < victim.position)
        .reduce((_, event) => ({ position: event.position, hash: event.metadata.hash as string }), EMPTY_CHAIN);
      for (const event of events.filter((e) => e.position >= victim.position && e.type !== CHECKPOINT_EVENT)) {
        const data = event === victim ? { ...(event.data as object), name: 'Viện kiểm sát nhân dân khu vực giả' } : event.data;
        const batch = chainBatch(head, event.stream, event.revision - 1, event.recordedAt, [
          { id: event.id, type: event.type, data, metadata: event.metadata },
        ]);
        await forged.importRecorded(batch.events);
        head = batch.head;
      }
      await forged.close();
      fs.renameSync(path.join(copy, 'forged.db'), path.join(copy, 'thidua.db'));
      expect((await verify(copy, '--public-key', publicKey)).code).toBe(0);
      const { code, out } = await verify(copy, '--public-key', publicKey, '--checkpoints', kept);
      expect(out).toMatch(
        /^KEPT CHECKPOINT NOT IN THE LOG at position \d+: mắt xích của nhật ký ở vị trí \d+ .* đã bị viết lại từ vị trí này trở về trước$/m,
      );
      expect(code).toBe(1);
    });

    it('a kept file that is not checkpoints is refused with a line saying which entry', async () => {
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, JSON.stringify({ checkpoints: [{ position: 1 }] }));
      const { code, out } = await verify(data, '--checkpoints', bad);
      expect(out).toContain('entry 1 is not a signed checkpoint');
      expect(code).toBe(2);
    });
  });
});
