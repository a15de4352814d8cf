import { createHash, createPublicKey, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import pg from 'pg';
import type { SignedCheckpoint } from '../../src/audit/checkpoint';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
import { verifyTarget } from '../../src/audit/verify-target';
import { StoreNeedsUpgradeError } from '../../src/eventstore/errors';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { createTestDatabase } from '../support/postgres';
import { startService } from '../support/service';
import { exited, runToExit, spawnProgram } from '../support/spawn';

/**
 * Stores written by the versions before the one link format, by their own code (see
 * test/fixtures/stores/README.md): each is refused at open, and upgraded by `npm run migrate`
 * into a new store that verifies, keeps every event, and serves the same answers.
 */
const FIXTURES = path.resolve(__dirname, '../fixtures/stores');
const KEY_PEM = fs.readFileSync(path.join(FIXTURES, 'audit-signing-key.pem'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-upgrade-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const OLD = [
  { file: 'layout-1.db', layout: 0, formats: [1] },
  { file: 'layout-2.db', layout: 2, formats: [2] },
  { file: 'layout-3-mixed.db', layout: 3, formats: [2, 3] },
];

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface Row {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  recorded_at: string;
  data: string;
  metadata: string;
}

function rowsOf(file: string): { layout: number; rows: Row[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      layout: db.pragma('user_version', { simple: true }) as number,
      rows: db.prepare('SELECT * FROM events ORDER BY position').all() as Row[],
    };
  } finally {
    db.close();
  }
}

/** A copy of a fixture in a folder of its own, beside the key that signed its checkpoints: the fixtures themselves are never opened. */
function copyOf(fixture: string): string {
  const folder = fs.mkdtempSync(path.join(dir, 'old-'));
  fs.copyFileSync(path.join(FIXTURES, fixture), path.join(folder, fixture));
  fs.writeFileSync(path.join(folder, 'audit-signing-key.pem'), KEY_PEM, { mode: 0o600 });
  return path.join(folder, fixture);
}

async function migrateCli(from: string, to: string): Promise<{ code: number | null; text: string }> {
  const child = spawnProgram('src/cli/migrate.ts', ['--from', `sqlite:${from}`, '--to', `sqlite:${to}`]);
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { code: await exited(child), text };
}

const checkpointsIn = (rows: Row[]) =>
  rows.filter((row) => row.type === 'CheckpointSigned').map((row) => JSON.parse(row.data) as SignedCheckpoint);

describe.each(OLD)('a store written before the one format: $file', ({ file, layout, formats }) => {
  it('is what its version wrote: its layout and link formats', () => {
    const { layout: found, rows } = rowsOf(path.join(FIXTURES, file));
    expect(found).toBe(layout);
    const formatsFound = [...new Set(rows.map((row) => (JSON.parse(row.metadata) as { linkFormat?: number }).linkFormat ?? 1))];
    expect(formatsFound).toEqual(formats);
    expect(checkpointsIn(rows).length).toBeGreaterThan(0);
  });

  it('is refused at open with STORE_NEEDS_UPGRADE naming the command, read-only too, and left unchanged', async () => {
    const old = copyOf(file);
    const before = sha256(old);
    for (const options of [{}, { readonly: true }]) {
      let refused: unknown;
      try {
        new SqliteEventStore(old, options);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(StoreNeedsUpgradeError);
      expect(refused).toMatchObject({ code: 'STORE_NEEDS_UPGRADE' });
      expect((refused as Error).message).toContain(`npm run migrate -- --from sqlite:${old} --to sqlite:`);
    }
    await expect(verifyTarget(old, KEY_PEM)).rejects.toMatchObject({ code: 'STORE_NEEDS_UPGRADE' });
    expect(sha256(old)).toBe(before);
  });

  it('is upgraded by npm run migrate into a store that verifies and keeps every event; the old file is byte-identical', async () => {
    const old = copyOf(file);
    const before = sha256(old);
    const upgraded = path.join(path.dirname(old), 'upgraded.db');
    const run = await migrateCli(old, upgraded);
    const { rows } = rowsOf(old);
    expect(run.text).toContain(`OK: upgraded ${rows.length} events`);
    expect(run.code).toBe(0);
    expect(sha256(old)).toBe(before);
    expect(sha256(path.join(FIXTURES, file))).toBe(before);

    const after = rowsOf(upgraded);
    expect(after.layout).toBe(3);
    expect(
      after.rows.map(({ position, id, stream, revision, type, recorded_at }) => [position, id, stream, revision, type, recorded_at]),
    ).toEqual(rows.map(({ position, id, stream, revision, type, recorded_at }) => [position, id, stream, revision, type, recorded_at]));
    rows.forEach((row, i) => {
      // Stored as the bytes the link covers: canonical JSON, the format first and the link last.
      expect(after.rows[i].data).toBe(canonicalize(JSON.parse(after.rows[i].data)));
      expect(after.rows[i].metadata).toMatch(/^\{"linkFormat":3,.*,"prevHash":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"\}$/);
      const [was, is] = [JSON.parse(row.metadata), JSON.parse(after.rows[i].metadata)];
      expect(is).toEqual({ ...was, linkFormat: 3, prevHash: expect.any(String), hash: expect.any(String) });
      expect(is.hash).not.toBe(was.hash);
      if (row.type !== 'CheckpointSigned') expect(JSON.parse(after.rows[i].data)).toEqual(JSON.parse(row.data));
    });

    // Checkpoints are signed again over the new links; each names the old one, so a kept old checkpoint still matches.
    const kept = checkpointsIn(rows);
    const resigned = checkpointsIn(after.rows);
    expect(resigned.map((checkpoint) => checkpoint.upgradedFrom)).toEqual(
      kept.map(({ headHash, signedAt, keyId, signature }) => ({ headHash, signedAt, keyId, signature })),
    );
    const { report } = await verifyTarget(upgraded, KEY_PEM, kept, 0);
    // Every way of verifying agrees: the events read in order, the scan of the bytes, the scan in worker threads.
    const store = new SqliteEventStore(upgraded, { readonly: true });
    const inOrder = await verifyLog(
      pagesOf((after) => store.readAll({ after, maxCount: 7 })),
      createPublicKey(KEY_PEM),
      undefined,
      undefined,
      kept,
    );
    await store.close();
    expect(inOrder).toEqual(report);
    expect((await verifyTarget(upgraded, KEY_PEM, kept, 2)).report).toEqual(report);
    expect(report).toMatchObject({
      ok: true,
      checkedEvents: rows.length,
      checkpointsVerified: kept.length,
      keptCheckpointsFound: kept.length,
    });
    // A kept checkpoint whose old signature is not the one the upgrade names is not vouched for.
    const forged = { ...kept[0], headHash: 'f'.repeat(64) };
    expect((await verifyTarget(upgraded, null, [forged], 0)).report.keptCheckpointProblem).toMatchObject({ position: kept[0].position });
  });
});

describe('the upgrade refuses what it should', () => {
  it.each([
    [5, 'format 2'],
    [60, 'format 3'],
  ])(
    'refuses a tampered old file with the first break (position %p, an event in %s), writing nothing and changing nothing',
    async (position) => {
      const old = copyOf('layout-3-mixed.db');
      const db = new Database(old);
      db.pragma('journal_mode = DELETE');
      db.prepare(`UPDATE events SET data = json_set(data, '$.edited', 1) WHERE position = ?`).run(position);
      db.close();
      const before = sha256(old);
      const upgraded = path.join(path.dirname(old), 'upgraded.db');
      const run = await migrateCli(old, upgraded);
      expect(run.code).not.toBe(0);
      expect(run.text).toContain('[OLD_LOG_BROKEN]');
      expect(run.text).toContain(`vị trí ${position}:`);
      expect(sha256(old)).toBe(before);
      expect(rowsOf(upgraded).rows).toEqual([]);
    },
  );

  it('refuses checkpoints not signed by the key it is given', async () => {
    const old = copyOf('layout-2.db');
    fs.rmSync(path.join(path.dirname(old), 'audit-signing-key.pem'));
    const other = fs.mkdtempSync(path.join(dir, 'key-'));
    const child = spawnProgram('src/cli/migrate.ts', ['--from', `sqlite:${old}`, '--to', `sqlite:${old}.new`, '--key-dir', other]);
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    expect(await exited(child)).not.toBe(0);
    expect(text).toMatch(/không được ký bằng khoá .*--key-dir/);
  });
});

describe('the service on an old store and on its upgrade', () => {
  it('refuses to start on the old file with one line naming the command, and serves the upgraded one', async () => {
    const old = copyOf('layout-3-mixed.db');
    const refused = await runToExit('src/main.ts', { THIDUA_STORE: `sqlite:${old}`, THIDUA_DEMO: 'false', PORT: '0' });
    expect(refused.code).toBe(1);
    expect(refused.lines.join('\n')).toMatch(/\[STORE_NEEDS_UPGRADE\].*npm run migrate -- --from sqlite:/);

    const upgraded = path.join(path.dirname(old), `${randomUUID()}.db`);
    expect((await migrateCli(old, upgraded)).code).toBe(0);
    const units = new Set(
      rowsOf(old)
        .rows.filter((row) => row.type === 'UnitRegistered')
        .map((row) => (JSON.parse(row.data) as { unitId: string }).unitId),
    );
    const service = await startService({ THIDUA_STORE: `sqlite:${upgraded}` });
    try {
      const answer = await service.gql('{ units { unitId } }');
      expect(answer.errors).toBeUndefined();
      expect(new Set((answer.data!.units as { unitId: string }[]).map((unit) => unit.unitId))).toEqual(units);
      const readiness = (await (await fetch(`${service.base}/readyz`)).json()) as { lastFullVerification: { problem: string | null } };
      expect(readiness.lastFullVerification).toMatchObject({ problem: null });
    } finally {
      await service.stop();
    }
  });
});

describe('an older log on PostgreSQL', () => {
  it('is refused at connect by its first event, and upgraded by npm run migrate into SQLite', async () => {
    const database = await createTestDatabase();
    try {
      await (await PostgresEventStore.connect(database.url)).close();
      const { rows } = rowsOf(path.join(FIXTURES, 'layout-2.db'));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      for (const row of rows)
        await client.query(
          'INSERT INTO thidua.events (position, id, stream, revision, type, data, metadata, recorded_at, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [
            row.position,
            row.id,
            row.stream,
            row.revision,
            row.type,
            row.data,
            row.metadata,
            row.recorded_at,
            JSON.parse(row.metadata).hash,
          ],
        );
      await client.query('UPDATE thidua.head SET position = $1, hash = $2', [rows.length, JSON.parse(rows.at(-1)!.metadata).hash]);
      await client.end();

      await expect(PostgresEventStore.connect(database.url)).rejects.toMatchObject({ code: 'STORE_NEEDS_UPGRADE' });
      const upgraded = path.join(fs.mkdtempSync(path.join(dir, 'from-pg-')), 'thidua.db');
      const child = spawnProgram('src/cli/migrate.ts', ['--from', database.url, '--to', `sqlite:${upgraded}`, '--key-dir', FIXTURES]);
      let text = '';
      child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      expect(await exited(child)).toBe(0);
      expect(text).toContain(`OK: upgraded ${rows.length} events`);
      const { report } = await verifyTarget(upgraded, KEY_PEM, checkpointsIn(rows), 0);
      expect(report).toMatchObject({ ok: true, checkedEvents: rows.length, keptCheckpointsFound: checkpointsIn(rows).length });
    } finally {
      await database.drop();
    }
  });
});
