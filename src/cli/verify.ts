import { createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readExport } from '../audit/export-format';
import { pagesOf, verifyLog, type VerificationReport } from '../audit/verify-log';
import { parseStore } from '../config';
import { openStore } from '../eventstore/open-store';

const USAGE = 'Usage: npm run verify -- <export.ndjson | data directory | sqlite:<file>> [--public-key <key.pem>]';

function print(report: VerificationReport, keySource: string): void {
  console.log(JSON.stringify(report, null, 2));
  if (report.ok)
    console.log(
      `OK: ${report.checkedEvents} events chained up to position ${report.head.position}; ${report.checkpointsVerified} signed checkpoints verified (${keySource}), the last signing position ${report.lastSignedPosition ?? 'none'}.`,
    );
  else if (report.firstBreak) console.log(`BROKEN at position ${report.firstBreak.position}: ${report.firstBreak.message}`);
  else if (report.checkpointProblem) console.log(`BAD CHECKPOINT at position ${report.checkpointProblem.position}: ${report.checkpointProblem.message}`);
}

/** Verifies the audit chain and the signed checkpoints of an export or a store; exits 1 at the first break. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'public-key': { type: 'string' } } });
  const target = positionals[0];
  if (!target) {
    console.error(USAGE);
    process.exit(2);
  }
  let publicKey: KeyObject | null = values['public-key'] ? createPublicKey(fs.readFileSync(values['public-key'], 'utf8')) : null;
  let keySource = values['public-key'] ? `key ${values['public-key']}` : 'no key given';
  let report: VerificationReport;

  if (!target.startsWith('sqlite:') && fs.existsSync(target) && fs.statSync(target).isFile()) {
    const { header, events } = await readExport(target);
    if (!publicKey) {
      publicKey = createPublicKey(header.publicKey);
      keySource = "the key inside the export (self-asserted: pass --public-key with the service's published key)";
    }
    report = await verifyLog(events, publicKey);
  } else {
    const dir = target.startsWith('sqlite:') ? path.dirname(parseStore(target).filename) : target;
    const storeConfig = target.startsWith('sqlite:') ? parseStore(target) : parseStore(`sqlite:${path.join(target, 'thidua.db')}`);
    if (!fs.existsSync(storeConfig.filename)) throw new Error(`no store at ${storeConfig.filename}`);
    const keyFile = path.join(dir, 'audit-signing-key.pem');
    if (!publicKey && fs.existsSync(keyFile)) {
      publicKey = createPublicKey(fs.readFileSync(keyFile, 'utf8'));
      keySource = `the key in ${dir}`;
    }
    const store = await openStore(storeConfig);
    report = await verifyLog(pagesOf((after) => store.readAll({ after, maxCount: 5000 })), publicKey);
    await store.close();
  }
  print(report, keySource);
  process.exit(report.ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
