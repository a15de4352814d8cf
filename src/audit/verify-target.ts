import { createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseStore } from '../config';
import { SqliteEventStore } from '../eventstore/sqlite/sqlite-event-store';
import type { SignedCheckpoint } from './checkpoint';
import { readExport } from './export-format';
import { verifyLog, verifyStore, type VerificationReport } from './verify-log';

/** The target named is not something `verify` can read: the caller shows its usage. */
export class TargetError extends Error {}

/** SQLite files open with this 16-byte header: a backup (`npm run backup`) is one, an export is not. */
function isSqliteFile(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\0';
}

export interface TargetReport {
  report: VerificationReport;
  /** Which key the checkpoints were checked with, in words. */
  keySource: string;
}

/**
 * Verifies an export file, a data directory, an SQLite file (the store or a backup of it) or an
 * `sqlite:` store. With `publicKeyPem` the
 * checkpoints are checked against the key the auditor holds; without it, against the key found
 * beside the data (which proves less, and the report says so).
 */
export async function verifyTarget(
  target: string,
  publicKeyPem: string | null,
  kept: SignedCheckpoint[] = [],
  /** Threads that share the scan of an SQLite file (the default: one per core); 0 scans on this one. */
  workers?: number,
): Promise<TargetReport> {
  let key: KeyObject | null = publicKeyPem ? createPublicKey(publicKeyPem) : null;
  let keySource = publicKeyPem ? 'the public key given' : 'no key';

  const file = !target.startsWith('sqlite:') && fs.existsSync(target) && fs.statSync(target).isFile();
  if (file && !isSqliteFile(target)) {
    const { header, events } = await readExport(target);
    if (!key) {
      key = createPublicKey(header.publicKey);
      keySource = "the key inside the export (self-asserted: give the service's published key to prove more)";
    }
    return { report: await verifyLog(events, key, undefined, undefined, kept), keySource };
  }
  if (!target.startsWith('sqlite:') && !fs.existsSync(target)) throw new TargetError(`${target}: no such file or folder`);
  const store = parseStore(
    target.startsWith('sqlite:') || file ? (file ? `sqlite:${target}` : target) : `sqlite:${path.join(target, 'thidua.db')}`,
  );
  if (store.kind !== 'sqlite') throw new TargetError(`${target} is not an SQLite store`);
  if (!fs.existsSync(store.filename)) throw new TargetError(`no store at ${store.filename}`);
  const keyFile = path.join(path.dirname(store.filename), 'audit-signing-key.pem');
  if (!key && fs.existsSync(keyFile)) {
    key = createPublicKey(fs.readFileSync(keyFile, 'utf8'));
    keySource = `the key in ${path.dirname(store.filename)}`;
  }
  // Read-only: verifying must not migrate or otherwise write the file it vouches for.
  const source = new SqliteEventStore(store.filename, { readonly: true });
  try {
    return {
      report: await verifyStore(source, key, { kept, workers }),
      keySource,
    };
  } finally {
    await source.close();
  }
}
