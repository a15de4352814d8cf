import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM, signCheckpoint } from '../src/audit/checkpoint';
import { loadAuditKey } from '../src/audit/signing-key';
import { GENESIS_HASH } from '../src/eventstore/chain';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { oldLinkHash } from '../src/eventstore/upgrade/old-rules';
import { openOldStore } from '../src/eventstore/upgrade/old-store';
import { upgrade } from '../src/ops/upgrade';

/**
 * The upgrade of an older store: a layout-2 file of EVENTS format-2 events shaped like
 * ScoreRecorded, with a signed checkpoint every 1,000 events, as the version before format 3 wrote
 * them; then `upgrade` (what `npm run migrate` runs on it) into a new file, timed.
 * Run: node -r @swc-node/register bench/upgrade.ts [events]
 */
const EVENTS = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-upgrade-bench-'));
const key = loadAuditKey(dir);

function oldFile(file: string): void {
  const db = new Database(file);
  db.exec(`CREATE TABLE streams (stream_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream_id INTEGER NOT NULL, stream TEXT NOT NULL,
  revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, hash TEXT NOT NULL,
  UNIQUE (stream_id, revision));`);
  const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const stream = db.prepare('INSERT OR IGNORE INTO streams (name) VALUES (?)');
  const revisions = new Map<string, number>();
  let prevHash = GENESIS_HASH;
  db.transaction(() => {
    for (let position = 1; position <= EVENTS; position += 1) {
      const checkpoint = position % 1000 === 0;
      const name = checkpoint ? CHECKPOINT_STREAM : `unit-${position % 1200}`;
      stream.run(name);
      const revision = (revisions.get(name) ?? -1) + 1;
      revisions.set(name, revision);
      const data = checkpoint
        ? signCheckpoint(
            { position: position - 1, headHash: prevHash, signedAt: '2026-11-29T00:00:00.000Z', trigger: 'every 1000 events' },
            key,
          )
        : {
            clusterId: `cluster-${position % 40}`,
            year: 2026,
            unitId: `unit-${position % 1200}`,
            criterionId: `c-${position % 30}`,
            points: position % 100,
          };
      const event = {
        id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
        position,
        stream: name,
        revision,
        type: checkpoint ? CHECKPOINT_EVENT : 'ScoreRecorded',
        recordedAt: new Date(Date.UTC(2026, 0, 1) + position * 1000).toISOString(),
        metadata: { actor: { id: 'bench', role: 'ADMIN' }, commandId: `cmd-${position}`, linkFormat: 2 },
        data,
      };
      const hash = oldLinkHash(event, prevHash);
      const streamId = (db.prepare('SELECT stream_id FROM streams WHERE name = ?').get(name) as { stream_id: number }).stream_id;
      const metadata = JSON.stringify({ ...event.metadata, prevHash, hash });
      insert.run(position, event.id, streamId, name, revision, event.type, JSON.stringify(data), metadata, event.recordedAt, hash);
      prevHash = hash;
    }
  })();
  db.pragma('user_version = 2');
  db.close();
}

async function main(): Promise<void> {
  const [from, to] = [path.join(dir, 'old.db'), path.join(dir, 'new.db')];
  oldFile(from);
  const source = await openOldStore({ kind: 'sqlite', filename: from });
  const target = new SqliteEventStore(to);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await upgrade(source, target, key);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await Promise.all([source.close(), target.close()]);
  if (!report.verification.ok || report.firstDifference || report.upgraded !== EVENTS) throw new Error(JSON.stringify(report));
  console.log(
    `upgraded ${EVENTS.toLocaleString('en')} events (${report.checkpointsResigned} checkpoints signed again) in ${seconds.toFixed(1)} s wall, ` +
      `${((used.user + used.system) / 1e6).toFixed(1)} CPU-s; ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(2)}; ` +
      `old file ${(fs.statSync(from).size / 1e6).toFixed(1)} MB, new ${(fs.statSync(to).size / 1e6).toFixed(1)} MB`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
