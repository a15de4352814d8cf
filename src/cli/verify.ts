import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { readKeptCheckpoints } from '../audit/kept-checkpoints';
import { TargetError, verifyTarget } from '../audit/verify-target';

const USAGE =
  'Usage: npm run verify -- <export.ndjson | data directory | store or backup .db | sqlite:<file>> [--public-key <key.pem>] [--checkpoints <kept.json>] [--workers <threads, 0 for none; default one per core>]';

/** Verifies the audit chain and signed checkpoints; prints the report; exits 1 at the first break. */
async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'public-key': { type: 'string' }, checkpoints: { type: 'string' }, workers: { type: 'string' } },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) usage(positionals.length ? 'one target at a time' : null);
  const keyFile = values['public-key'];
  const kept = values.checkpoints ? readKeptCheckpoints(values.checkpoints) : [];
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
    usage('--workers takes a whole number (0 verifies on one thread)');
  const started = process.hrtime.bigint();
  const { report, keySource } = await verifyTarget(positionals[0], keyFile ? fs.readFileSync(keyFile, 'utf8') : null, kept, workers);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify(report, null, 2));
  console.log(
    `${report.checkedEvents} events verified in ${seconds.toFixed(2)} s (${Math.round(report.checkedEvents / seconds)} events/s).`,
  );
  if (report.ok)
    console.log(
      `OK: ${report.checkedEvents} events chained to position ${report.head.position}; ${report.checkpointsVerified} signed checkpoints verified with ${keySource}; last signed position ${report.lastSignedPosition ?? 'none'}` +
        (values.checkpoints ? `; all ${report.keptCheckpointsFound} kept checkpoints found in the log.` : '.'),
    );
  else if (report.firstBreak) console.log(`BROKEN at position ${report.firstBreak.position}: ${report.firstBreak.message}`);
  else if (report.checkpointProblem)
    console.log(`BAD CHECKPOINT at position ${report.checkpointProblem.position}: ${report.checkpointProblem.message}`);
  else
    console.log(
      `KEPT CHECKPOINT NOT IN THE LOG at position ${report.keptCheckpointProblem!.position}: ${report.keptCheckpointProblem!.message}`,
    );
  process.exit(report.ok ? 0 : 1);
}

function usage(problem: string | null): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

main().catch((error: unknown) => {
  if (error instanceof TargetError) usage(error.message);
  console.error((error as Error).message);
  process.exit(2);
});
