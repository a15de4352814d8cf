import { parseArgs } from 'node:util';
import { parseStore } from '../config';
import { migrate } from '../ops/migrate';
import { openStore } from '../eventstore/open-store';

const USAGE =
  'Usage: npm run migrate -- --from sqlite:./data/thidua.db --to postgres://thidua@localhost:5432/thidua (or kurrentdb://localhost:2113?tls=false, or back to sqlite:<file>)';

/** Copies a store into another (usually the embedded one into PostgreSQL or KurrentDB, or back), then verifies the copy. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error(USAGE);
    process.exit(2);
  }
  const source = await openStore(parseStore(values.from));
  const target = await openStore(parseStore(values.to));
  try {
    let lastShown = 0;
    const report = await migrate(source, target, (copied, head) => {
      if (Date.now() - lastShown < 2000) return;
      lastShown = Date.now();
      console.log(`copied ${copied} events (source head ${head})`);
    });
    const { verification, firstDifference } = report;
    console.log(JSON.stringify(report, null, 2));
    if (verification.ok && !firstDifference) {
      console.log(
        `OK: copied ${report.copied} events (${report.alreadyThere} were there already); the target holds the same ${verification.checkedEvents} events and its chain verifies to position ${verification.head.position}.`,
      );
      return;
    }
    const problem = firstDifference ?? { position: verification.firstBreak?.position, message: verification.firstBreak?.message };
    console.error(`COPY DIFFERS at position ${problem.position}: ${problem.message}`);
    process.exitCode = 1;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
