import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

/**
 * The configuration table of docs/operations.md lists exactly the settings the service reads:
 * a variable added to the code without a row, or a row left behind by a removed one, fails here.
 */
const root = projectRoot();
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(relative) : entry.name.endsWith('.ts') ? [relative] : [];
  });
const code = [...sources('src'), ...sources('projections')].map((file) => fs.readFileSync(path.join(root, file), 'utf8')).join('\n');

/** The variables the service reads: its own THIDUA_ settings, and the four general ones it honours. */
const read = new Set([...code.matchAll(/\bTHIDUA_[A-Z0-9_]+/g)].map((match) => match[0]));
for (const general of ['PORT', 'HOST', 'NODE_ENV', 'LOG_LEVEL']) if (new RegExp(`env\\.${general}\\b`).test(code)) read.add(general);

const operations = fs.readFileSync(path.join(root, 'docs', 'operations.md'), 'utf8');
const tableLines = operations.slice(operations.indexOf('| variable | default | meaning |')).split('\n');
const rows = tableLines.slice(
  2,
  tableLines.findIndex((line) => !line.startsWith('|')),
);
const listed = new Set(rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1])));

describe('the configuration table of docs/operations.md', () => {
  it('lists every setting the service reads', () => {
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((name) => !listed.has(name)).sort()).toEqual([]);
  });

  it('lists nothing the service does not read', () => {
    expect([...listed].filter((name) => !read.has(name)).sort()).toEqual([]);
  });
});
