import { isObjectType, type GraphQLSchema } from 'graphql';
import { parseGlobalId } from '../../src/graphql/global-id';
import { fitted, render, selectionOf, type SweepQuery } from './schema-sweep';

/**
 * `node(id:)` takes no `asOf`, but an id read at a position (`…@<position>`) is asOf that position:
 * the sweep asks `node` for such ids, each reaching every field of the id's type, so that what
 * `node` answers beneath it must not change after later writes either.
 */

/** The ids read at a position anywhere in `data`. */
export function positionedIds(data: unknown, found: Set<string>): void {
  if (Array.isArray(data)) return data.forEach((item) => positionedIds(item, found));
  if (data === null || typeof data !== 'object') return;
  for (const [name, value] of Object.entries(data)) {
    if (name === 'id' && typeof value === 'string' && typeof parseGlobalId(value)?.at === 'number') found.add(value);
    else positionedIds(value, found);
  }
}

/** One id of each type and form of key (the key's parts that are set: a unit named on a date is another form). */
function onePerForm(ids: Iterable<string>): string[] {
  const chosen = new Map<string, string>();
  for (const id of ids) {
    const ref = parseGlobalId(id)!;
    const form = `${ref.type}:${Object.entries(ref.key)
      .filter(([, part]) => part !== null)
      .map(([name]) => name)
      .join(',')}`;
    if (!chosen.has(form)) chosen.set(form, id);
  }
  return [...chosen.values()].sort();
}

/** The sweep's queries of `node(id:)`, one id per type and form of key, within the service's limits. */
export function nodeQueries(schema: GraphQLSchema, ids: Iterable<string>): { queries: SweepQuery[]; unreachable: string[] } {
  const unreachable = new Set<string>();
  const queries = onePerForm(ids).flatMap((id) => {
    const type = schema.getType(parseGlobalId(id)!.type);
    if (!isObjectType(type)) return [];
    const frame = (selection: Parameters<typeof render>[0]) =>
      `query SweepNode { node(id: ${JSON.stringify(id)}) { ... on ${type.name} { ${render(selection)} } } }`;
    return [...fitted(schema, (inner) => inner, 'node', frame, selectionOf(type, [type.name], unreachable))];
  });
  return { queries, unreachable: [...unreachable].sort() };
}

/** The object types whose fields a set of queries selects. */
export function selectedTypes(queries: SweepQuery[]): Set<string> {
  const types = new Set<string>();
  const walk = (selection: SweepQuery['selection']) =>
    selection.forEach((s) => {
      types.add(s.coordinate.split('.')[0]);
      if (s.children) walk(s.children);
    });
  queries.forEach((q) => walk(q.selection));
  return types;
}
