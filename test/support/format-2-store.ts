import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { GENESIS_HASH, linkHash } from '../../src/eventstore/chain';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';

/**
 * An SQLite file as the version before link format 3 wrote it: layout 2 (the same tables), events
 * linked in format 2 (the canonical JSON of the event objects) and stored as plain JSON.stringify,
 * metadata keys in the order that version put them.
 */
export async function format2StoreFile(file: string, count: number): Promise<void> {
  await new SqliteEventStore(file).close();
  const db = new Database(file);
  const insert = db.prepare(
    'INSERT INTO events (position, id, stream_id, stream, revision, type, data, metadata, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    let prevHash = GENESIS_HASH;
    for (let i = 0; i < count; i += 1) {
      const stream = `unit-${i % 3}`;
      db.prepare('INSERT OR IGNORE INTO streams (name) VALUES (?)').run(stream);
      const { stream_id: streamId } = db.prepare('SELECT stream_id FROM streams WHERE name = ?').get(stream) as { stream_id: number };
      const event = {
        id: randomUUID(),
        position: i + 1,
        stream,
        revision: Math.floor(i / 3),
        type: 'Scored',
        recordedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
        metadata: { actor: { id: 'a' }, linkFormat: 2 },
        data: { points: 1000 + i, note: 'điểm' },
      };
      const hash = linkHash(event, prevHash);
      const metadata = { ...event.metadata, prevHash, hash };
      insert.run(
        event.position,
        event.id,
        streamId,
        stream,
        event.revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(metadata),
        event.recordedAt,
        hash,
      );
      prevHash = hash;
    }
  })();
  db.pragma('user_version = 2');
  db.close();
}
