import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';

/**
 * The contributor guide's architecture section (docs/contributing.md) matches the tree: a row per folder of src/ and projections/,
 * and every file or folder it names exists. File names in a row are relative to the row's folder;
 * elsewhere in the section, and wherever a name starts at a top-level folder, to the repository.
 */
const root = projectRoot();
const guide = readFileSync(join(root, 'docs', 'contributing.md'), 'utf8');
const section = guide.slice(guide.indexOf('\n## Architecture'), guide.indexOf('\n### Glossary'));
const TOP = /^(src|projections|test|web|demo|bench|schema|docs|scripts)\/|^\./;
const pathLike = (token: string) => /\.(ts|js|cjs|json|css)$|\/$/.test(token) && !/[*<>\s]/.test(token);
const names = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter(pathLike);

const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const [, folderCell, job] = line.split('|');
    return { folder: names(folderCell)[0], job };
  });

function foldersUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(root, folder, entry)).isDirectory())
    .map((entry) => `${folder}/${entry}/`);
}

describe("the contributor guide's architecture section", () => {
  it('has a row, with its job, for every folder of src/ and projections/', () => {
    const listed = new Set(rows.map((row) => row.folder));
    const missing = ['src/', 'projections/', ...foldersUnder('src'), ...foldersUnder('projections')].filter(
      (folder) => !listed.has(folder),
    );
    expect(missing).toEqual([]);
    expect(rows.filter((row) => row.job.trim().length < 10).map((row) => row.folder)).toEqual([]);
  });

  it('names only folders and files that exist', () => {
    const named = [
      ...rows.flatMap(({ folder, job }) => [folder, ...names(job).map((name) => (TOP.test(name) ? name : folder + name))]),
      ...names(
        section
          .split('\n')
          .filter((line) => !line.startsWith('| `'))
          .join('\n'),
      ).filter((name) => TOP.test(name)),
    ];
    expect(named.length).toBeGreaterThan(150);
    expect(named.filter((name) => !existsSync(join(root, name)))).toEqual([]);
  });
});
