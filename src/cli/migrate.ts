import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAuditKey } from '../audit/signing-key';
import { parseStore } from '../config';
import { StoreNeedsUpgradeError } from '../eventstore/errors';
import { openStore, type StoreSettings } from '../eventstore/open-store';
import type { EventStore } from '../eventstore/port';
import { openOldStore } from '../eventstore/upgrade/old-store';
import { migrate } from '../ops/migrate';
import { upgrade } from '../ops/upgrade';

const USAGE =
  'Usage: npm run migrate -- --from sqlite:./data/thidua.db --to postgres://thidua@localhost:5432/thidua (or kurrentdb://localhost:2113?tls=false, or back to sqlite:<file>)\n' +
  '       a store in an older format is upgraded as it is copied (into an empty store); --key-dir <folder> names the folder of the\n' +
  "       service's audit-signing-key.pem when it is not THIDUA_DATA_DIR or the old SQLite file's folder";

let lastShown = 0;
const progress = (copied: number, head?: number) => {
  if (Date.now() - lastShown < 2000) return;
  lastShown = Date.now();
  console.log(`copied ${copied} events${head === undefined ? '' : ` (source head ${head})`}`);
};

/** Copies a store into another (usually the embedded one into PostgreSQL or KurrentDB, or back), then verifies the copy. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, 'key-dir': { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error(USAGE);
    process.exit(2);
  }
  const from = parseStore(values.from);
  let source: EventStore;
  try {
    source = await openStore(from);
  } catch (error) {
    if (!(error instanceof StoreNeedsUpgradeError)) throw error;
    return upgradeInto(from, parseStore(values.to), values['key-dir']);
  }
  const target = await openStore(parseStore(values.to));
  try {
    const report = await migrate(source, target, progress);
    const { verification, firstDifference } = report;
    console.log(JSON.stringify(report, null, 2));
    if (verification.ok && !firstDifference) {
      console.log(
        `OK: copied ${report.copied} events (${report.alreadyThere} were there already); the target holds the same ${verification.checkedEvents} events and its chain verifies to position ${verification.head.position}.`,
      );
      return;
    }
    fail(firstDifference ?? verification.firstBreak);
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

/** The one way to read a store in an older format: copied into a new one, re-linked in the current format. */
async function upgradeInto(from: StoreSettings, to: StoreSettings, keyDir: string | undefined): Promise<void> {
  const key = loadAuditKey(
    path.resolve(keyDir ?? process.env.THIDUA_DATA_DIR ?? (from.kind === 'sqlite' ? path.dirname(from.filename) : 'data')),
  );
  console.log(
    `upgrading: the old store is verified under its own rules, then copied re-linked; checkpoints are signed again with key ${key.keyId}`,
  );
  const [source, target] = [await openOldStore(from), await openStore(to)];
  try {
    const report = await upgrade(source, target, key, progress);
    console.log(JSON.stringify(report, null, 2));
    if (report.verification.ok && !report.firstDifference) {
      console.log(
        `OK: upgraded ${report.upgraded} events and signed ${report.checkpointsResigned} checkpoints again; the new store verifies to position ${report.verification.head.position}. The old store is unchanged: keep it as a backup.`,
      );
      return;
    }
    fail(report.firstDifference ?? report.verification.firstBreak ?? report.verification.checkpointProblem);
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

function fail(problem: { position: number; message: string } | null): void {
  console.error(`COPY DIFFERS at position ${problem?.position}: ${problem?.message}`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
