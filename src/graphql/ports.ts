import type { KeyObject } from 'node:crypto';
import type { ReadModels } from '../../projections/read-models';
import type { EventStore } from '../eventstore/port';

/**
 * What resolvers reach of the running service, and nothing more: the log that every slice's
 * commands append to, the read models its reads are answered from, and, for the audit, the public
 * half of the key that signs checkpoints. The service (src/app.ts) provides them; no resolver sees
 * it whole.
 */
export interface ApiPorts {
  /** Commands append here and the audit reads events back; it refuses writes once the log is found damaged. */
  log: EventStore & { refuseWrites(reason: string): void };
  models: ReadModels;
  auditKey: { keyId: string; publicKey: KeyObject; publicKeyPem: string };
}
