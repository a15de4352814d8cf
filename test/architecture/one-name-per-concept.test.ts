import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../src/project-root';

const root = projectRoot();

/**
 * One name per concept: a type-graphql class or enum under src/graphql whose GraphQL name the domain,
 * the commands or the projections already use is named `<GraphQL name>Gql` in TypeScript (the decorator
 * keeps the GraphQL name), so no file has to import one of the two under another name.
 */
const exported = /^export (?:declare )?(?:abstract )?(?:class|interface|type|enum|const|function|let) ([A-Za-z_$][\w$]*)/gm;

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

function exportsOf(folders: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of folders.flatMap(filesUnder))
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(exported)) names.set(match[1], file);
  return names;
}

describe('one name per concept', () => {
  it('no exported name of src/graphql is also exported by the domain, the commands or the projections', () => {
    const graphql = exportsOf(['src/graphql']);
    const model = exportsOf(['src/domain', 'src/commands', 'projections']);
    const twins = [...graphql].filter(([name]) => model.has(name)).map(([name, file]) => `${name}: ${file} and ${model.get(name)}`);
    expect(twins).toEqual([]);
  });

  it('no source file renames what it imports from the app', () => {
    const renamed = [...filesUnder('src'), ...filesUnder('projections')].flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/import (?:type )?\{([^}]*)\} from '(\.[^']*)'/g)]
        .filter(([, names]) => /\bas\b/.test(names))
        .map(([statement]) => `${relative(root, join(root, file))}: ${statement}`),
    );
    expect(renamed).toEqual([]);
  });
});
