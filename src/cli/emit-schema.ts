import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../api/schema';
import { projectRoot } from '../project-root';

const FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

/** Writes schema/schema.graphql from the code, or with --check fails if the committed file differs. */
async function main(): Promise<void> {
  const printed = `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    if (committed !== printed) {
      console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit the result.');
      process.exit(1);
    }
    console.log('schema/schema.graphql matches the code.');
    return;
  }
  fs.writeFileSync(FILE, printed);
  console.log(`wrote ${path.relative(process.cwd(), FILE)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
