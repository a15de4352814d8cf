import fs from 'node:fs';
import path from 'node:path';
import { errorCodesMarkdown } from '../graphql/error-codes-markdown';
import { projectRoot } from '../project-root';

const FILE = path.join(projectRoot(), 'docs', 'error-codes.md');

/** Writes docs/error-codes.md, or with --check fails if the committed file differs. */
function main(): void {
  const printed = errorCodesMarkdown();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    if (committed !== printed) {
      console.error('docs/error-codes.md is stale: run `npm run docs:errors` and commit the result.');
      process.exit(1);
    }
    console.log('docs/error-codes.md matches the code.');
    return;
  }
  fs.writeFileSync(FILE, printed);
  console.log(`wrote ${path.relative(process.cwd(), FILE)}`);
}

main();
