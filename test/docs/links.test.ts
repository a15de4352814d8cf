import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { documentedFiles, headingAnchors, relativeLinks } from './readme-blocks';

/**
 * Every relative link of the README and of docs/ (and of the benchmark notes) points at a file
 * or folder that exists, and a `#anchor` at a heading of its target: a page moved or a heading
 * renamed fails here, not in a reader's browser.
 */
const root = projectRoot();
const benchNotes = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => path.join(root, 'bench', name));
const files = [...documentedFiles(root), ...benchNotes];

function brokenLinks(file: string): string[] {
  return relativeLinks(file).flatMap(({ target, line }) => {
    const [where, anchor] = target.split('#');
    const resolved = where === '' ? file : path.resolve(path.dirname(file), decodeURI(where));
    const at = `${path.relative(root, file)}:${line}: ${target}`;
    if (!fs.existsSync(resolved)) return [`${at} (no such file)`];
    if (anchor && resolved.endsWith('.md') && !headingAnchors(resolved).has(anchor)) return [`${at} (no such heading)`];
    return [];
  });
}

describe('links between the documentation pages', () => {
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(root, file), file]))(
    'every relative link of %s points at something that exists',
    (_, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );
});
