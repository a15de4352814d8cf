/**
 * Only the award-dossier rows of `npm run bench`, printed as a table: for a smaller shape or a
 * second look without the national sections. BENCH_DOSSIERS sets the number of dossiers (10,000).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { awardDossiers, dossierShape } from './sections/dossiers';
import { table } from './sections/shared';

const log = (line: string) => console.error(`[bench] ${line}`);

async function main(): Promise<void> {
  const started = performance.now();
  const rows = await awardDossiers(dossierShape(), log);
  console.log(`\nRun took ${((performance.now() - started) / 60000).toFixed(1)} min.\n`);
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
