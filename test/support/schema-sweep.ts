import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LIMITS, PARSE_OPTIONS } from '../../src/http/hardening';
import { operationCost } from '../../src/http/operation-limits';

/**
 * Queries that reach every field of the schema beneath the root fields that take `asOf`, built from
 * the schema itself: a field added tomorrow is in tomorrow's sweep without anyone listing it.
 */

/** One selected field: a leaf, or an object field with what is selected beneath it. */
export interface Selected {
  /** `Type.field`, the schema coordinate. */
  coordinate: string;
  name: string;
  children: Selected[] | null;
}

/** One query of the sweep: a root field with its arguments, and a selection under it. */
export interface SweepQuery {
  root: string;
  text: string;
  selection: Selected[];
}

/** A type appears at most this often on one path: each reference into a type, then each reference out of it, is reached. */
const TYPE_REPEATS = 2;
/** Fields below the root field; the service refuses documents deeper than LIMITS.maxDepth. */
const MAX_NESTING = LIMITS.maxDepth - 2;

const requiresArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** Every field of `type` the sweep can ask for without arguments, objects expanded while the path allows. */
export function selectionOf(type: GraphQLObjectType, path: string[], unreachable: Set<string>): Selected[] {
  return Object.values(type.getFields()).flatMap((field): Selected[] => {
    const coordinate = `${type.name}.${field.name}`;
    if (requiresArguments(field)) {
      unreachable.add(coordinate);
      return [];
    }
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [{ coordinate, name: field.name, children: null }];
    if (!isObjectType(named)) {
      unreachable.add(coordinate);
      return [];
    }
    if (path.length >= MAX_NESTING || path.filter((t) => t === named.name).length >= TYPE_REPEATS) return [];
    return [{ coordinate, name: field.name, children: selectionOf(named, [...path, named.name], unreachable) }];
  });
}

const literal = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

export function render(selection: Selected[]): string {
  return selection.map((s) => (s.children ? `${s.name} { ${render(s.children)} }` : s.name)).join(' ');
}

function queryText(root: string, args: Record<string, unknown>, selection: Selected[]): string {
  const given = Object.entries(args).map(([name, value]) => `${name}: ${literal(value)}`);
  const body = selection.length > 0 ? ` { ${render(selection)} }` : '';
  return `query Sweep($asOf: AsOf) { ${root}(${[...given, 'asOf: $asOf'].join(', ')})${body} }`;
}

function fits(schema: GraphQLSchema, text: string): boolean {
  try {
    const operation = parse(text, PARSE_OPTIONS).definitions[0] as OperationDefinitionNode;
    return operationCost(schema, operation, new Map(), { asOf: 0 }) <= LIMITS.maxCost * 0.9;
  } catch {
    return false;
  }
}

type Wrap = (inner: Selected[]) => Selected[];

/** A query's text around its selection: the root field with its arguments. */
export type Frame = (selection: Selected[]) => string;

/**
 * The selection as queries within the service's limits: whole when it fits; else its object fields
 * packed into as few queries as fit, each with the leaves beside them, and an object field too big
 * on its own split the same way beneath it, reached through the same path.
 */
export function* fitted(schema: GraphQLSchema, wrap: Wrap, root: string, frame: Frame, selection: Selected[]): Generator<SweepQuery> {
  const query = (inner: Selected[]) => ({ root, text: frame(wrap(inner)), selection: wrap(inner) });
  const fitting = (inner: Selected[]) => fits(schema, query(inner).text);
  if (fitting(selection)) return yield query(selection);
  const leaves = selection.filter((s) => s.children === null);
  let group = leaves;
  for (const child of selection.filter((s) => s.children !== null)) {
    if (fitting([...group, child])) group = [...group, child];
    else if (fitting([...leaves, child])) {
      yield query(group);
      group = [...leaves, child];
    } else yield* fitted(schema, (below) => wrap([...leaves, { ...child, children: below }]), root, frame, child.children!);
  }
  yield query(group);
}

/**
 * The sweep: for every root field taking `asOf`, queries reaching every field beneath it.
 * `argumentsOf` gives each root field's other arguments; a root field it does not know, or a field
 * that needs arguments, is reported rather than skipped in silence.
 */
export function sweepQueries(schema: GraphQLSchema, argumentsOf: Record<string, Record<string, unknown>>) {
  const unreachable = new Set<string>();
  const queries: SweepQuery[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (!field.args.some((arg) => arg.name === 'asOf')) continue;
    const args = argumentsOf[field.name];
    const missing = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && !(args && a.name in args));
    if (!args || missing.length > 0) {
      unreachable.add(`Query.${field.name}`);
      continue;
    }
    const named = getNamedType(field.type);
    const selection = isObjectType(named) ? selectionOf(named, [named.name], unreachable) : [];
    queries.push(
      ...fitted(
        schema,
        (inner) => inner,
        field.name,
        (inner) => queryText(field.name, args, inner),
        selection,
      ),
    );
  }
  return { queries, unreachable: [...unreachable].sort() };
}

/** A field whose answer differs: the object field that holds the difference, and the path to it in the answer. */
export interface Difference {
  field: string;
  path: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Where two answers to the same selection differ. Each difference names the object field whose
 * value differs (null against an object, lists of other lengths) or holds a leaf that differs: the
 * reference that was resolved elsewhere than asked.
 */
export function differences(selection: Selected[] | null, then: unknown, later: unknown, path: string, field: string): Difference[] {
  if (JSON.stringify(then) === JSON.stringify(later)) return [];
  if (Array.isArray(then) && Array.isArray(later) && then.length === later.length)
    return then.flatMap((item, i) => differences(selection, item, later[i], `${path}[${i}]`, field));
  if (!selection || !isRecord(then) || !isRecord(later)) return [{ field, path }];
  return selection.flatMap((s) =>
    differences(s.children, then[s.name], later[s.name], `${path}.${s.name}`, s.children ? s.coordinate : field),
  );
}

/** The object fields of a selection that answered something (not null, not an empty list) somewhere in `data`. */
export function answered(selection: Selected[], data: unknown, found: Set<string>): void {
  if (Array.isArray(data)) return data.forEach((item) => answered(selection, item, found));
  if (data === null || typeof data !== 'object') return;
  for (const s of selection) {
    const value = (data as Record<string, unknown>)[s.name];
    if (s.children === null || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    found.add(s.coordinate);
    answered(s.children, value, found);
  }
}

/** The coordinates of every object field a set of queries selects. */
export function objectFields(queries: SweepQuery[]): string[] {
  const all = new Set<string>();
  const walk = (selection: Selected[]) =>
    selection.forEach((s) => {
      if (s.children) {
        all.add(s.coordinate);
        walk(s.children);
      }
    });
  queries.forEach((q) => walk(q.selection));
  return [...all].sort();
}
