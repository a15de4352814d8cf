import type { EventStore } from './port';
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
    // The other adapters load with the store that names them: the KurrentDB client alone (gRPC,
    // protobuf and a native bridge) is the largest part of a start on the embedded store.
    case 'postgres': {
      const { PostgresEventStore } = await import('./postgres/postgres-event-store');
      return PostgresEventStore.connect(config.connectionString, { queryTimeoutMs: config.queryTimeoutMs });
    }
    case 'kurrentdb': {
      const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-event-store');
      return KurrentDbEventStore.connect(config.connectionString);
    }
  }
}
