import type { EventMetadata, RecordedEvent } from './port';

/** A row as an array in COLUMNS order: arrays (better-sqlite3's raw mode) come out of SQLite about twice as fast as objects. */
export type EventRow = [
  position: number,
  id: string,
  stream: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  recordedAt: string,
];

export const COLUMNS = 'position, id, stream, revision, type, data, metadata, recorded_at';

export function toRecorded(row: EventRow): RecordedEvent {
  const [position, id, stream, revision, type, data, metadata, recordedAt] = row;
  return {
    id,
    type,
    data: JSON.parse(data) as unknown,
    metadata: JSON.parse(metadata) as EventMetadata,
    stream,
    revision,
    position,
    recordedAt,
  };
}
