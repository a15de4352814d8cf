/**
 * Writes the national data set through the command pipeline into an SQLite store.
 *   npm run bench:generate -- --units 1000 --clusters 150 --years 10 --criteria 40 --seed 1 [--out file]
 * Prints what it wrote and how fast.
 */
import 'reflect-metadata';
import { generateStore, parseShape } from './national/store-file';

async function main(): Promise<void> {
  const { shape, out } = parseShape(process.argv.slice(2));
  const report = await generateStore(shape, out, (line) => console.log(line));
  console.log(JSON.stringify(report));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
