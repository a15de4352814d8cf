import type { StoreConfig } from '../config';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import type { EventStore } from './port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Picks the adapter the configuration names. */
export async function openStore(config: StoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore(config.filename);
    case 'postgres':
      return PostgresEventStore.connect(config.connectionString);
    case 'kurrentdb':
      return KurrentDbEventStore.connect(config.connectionString);
  }
}
