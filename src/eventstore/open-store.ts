import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import type { EventStore } from './port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import type { Upcasters } from './upcasters';
import { UpcastingStore } from './upcasting-store';

/** Which store to open and where: the store's own settings, so the port knows nothing of the app's configuration. */
export type StoreSettings =
  | { kind: 'sqlite'; filename: string }
  /** `queryTimeoutMs`: how long one statement may take before the store answers EVENT_STORE_UNAVAILABLE (10 s unless set). */
  | { kind: 'postgres'; connectionString: string; queryTimeoutMs?: number }
  | { kind: 'kurrentdb'; connectionString: string };

/**
 * Picks the adapter the configuration names; with upcasters, its reads come out in today's shapes
 * (tools that copy or export the log verbatim open it without).
 */
export async function openStore(config: StoreSettings, upcasters?: Upcasters): Promise<EventStore> {
  const store = await openAdapter(config);
  return upcasters ? new UpcastingStore(store, upcasters) : store;
}

async function openAdapter(config: StoreSettings): Promise<EventStore> {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore(config.filename);
    case 'postgres':
      return PostgresEventStore.connect(config.connectionString, { queryTimeoutMs: config.queryTimeoutMs });
    case 'kurrentdb':
      return KurrentDbEventStore.connect(config.connectionString);
  }
}
