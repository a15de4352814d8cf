import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../src/project-root';

const root = projectRoot();

/**
 * One name per concept: a type-graphql class or enum on the GraphQL side (src/graphql, src/api, a slice's graphql folder) whose GraphQL name the domain,
 * the commands or the projections already use is named `<GraphQL name>Gql` in TypeScript (the decorator
 * keeps the GraphQL name), so no file has to import one of the two under another name.
 */
const exported = /^export (?:declare )?(?:abstract )?(?:class|interface|type|enum|const|function|let) ([A-Za-z_$][\w$]*)/gm;

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

/** The folders under src/ holding the named subfolder (a slice holds `domain` and `graphql`). */
const holding = (subfolder: string) =>
  readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(root, 'src', entry.name)).includes(subfolder))
    .map((entry) => join('src', entry.name));
const slices = holding('domain');

/** The GraphQL side: the shared kit, the schema's assembly and every slice's `graphql` folder. */
const graphqlFiles = () => ['src/graphql', 'src/api', ...holding('graphql').map((slice) => join(slice, 'graphql'))].flatMap(filesUnder);

/** The model: the kernel, the commands, the projections, and every slice's domain and command handlers. */
const modelFiles = () => [
  ...['src/kernel', 'src/commands', 'projections', ...slices.map((slice) => join(slice, 'domain'))].flatMap(filesUnder),
  ...slices.flatMap((slice) =>
    readdirSync(join(root, slice))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(slice, file)),
  ),
];

function exportsOf(files: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of files) for (const match of readFileSync(join(root, file), 'utf8').matchAll(exported)) names.set(match[1], file);
  return names;
}

describe('one name per concept', () => {
  it('no exported name of the GraphQL side is also exported by the domain, the commands or the projections', () => {
    const graphql = exportsOf(graphqlFiles());
    const model = exportsOf(modelFiles());
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
