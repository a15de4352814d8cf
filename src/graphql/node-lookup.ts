import type { At } from '../../projections/history';
import type { App } from '../app';
import { refusal } from '../authorization/auth-checker';
import { permitted, rules, type Rule } from '../authorization/rules';
import { eventAt } from '../eventstore/read-positions';
import { resolveAt } from './as-of';
import type { GraphQLContext } from './context';
import { auditEventOut } from './event-out';
import { parseGlobalId, type NodeKeys, type NodeType } from './global-id';
import { clusterAt, clusterYearAt, unitAt } from './resolvers/directory-at';
import { rankingOut } from './resolvers/ranking-queries';
import type { Node } from './types/node';

interface Reader<K> {
  /** Who may read the type: the rules of its own query (none: any signed-in caller). */
  rules: readonly Rule[];
  read(app: App, key: K, at: At): Node | null | Promise<Node | null>;
}

/** Each type read as its own query reads it, so `node(id:)` answers exactly what that query answered. */
const READERS: { [T in NodeType]: Reader<NodeKeys[T]> } = {
  Unit: { rules: [], read: (app, { unitId, namedOn }, at) => unitAt(app, unitId, at, namedOn) },
  Cluster: { rules: [], read: (app, { clusterId }, at) => clusterAt(app, clusterId, at) },
  ClusterYear: { rules: [], read: (app, { clusterId, year }, at) => clusterYearAt(app, clusterId, year, at) },
  Ranking: { rules: [], read: (app, { clusterId, year }, at) => rankingOut(app, clusterId, year, at) },
  // The node as the year's graph shows it (its label is the unit's name that year, whatever filter drew it).
  GraphNode: { rules: [], read: (app, { year, key }, at) => app.graphs.get(year, at).nodes.find((node) => node.id === key) ?? null },
  AuditEvent: {
    rules: [rules.auditor],
    // Only events the read models have applied, as the audit trail lists them.
    read: async (app, { position }) => {
      const event = position <= app.models.timeline.head ? await eventAt(app.store, position) : undefined;
      return event ? auditEventOut(event) : null;
    },
  },
};

/**
 * The object an id names, read at the position it names; null for an id the API never gives out
 * (unknown type, malformed, an object that does not exist there), as Relay's `node` field answers.
 * A position inside a write of several events stands before that write, as `asOf` does, so the
 * object found there has another id and the answer is null: `node(id).id` is always `id`.
 */
export async function nodeOf({ app, actor }: Pick<GraphQLContext, 'app' | 'actor'>, id: string): Promise<Node | null> {
  const ref = parseGlobalId(id);
  if (!ref) return null;
  const reader = READERS[ref.type] as Reader<typeof ref.key>;
  if (reader.rules.length > 0 && !permitted(reader.rules, actor, {}, app.models)) throw refusal(reader.rules, actor, {}, app.models);
  const at = ref.at === 'current' ? 'current' : resolveAt(app, { position: ref.at });
  const node = await reader.read(app, ref.key, at);
  return node?.globalId === id ? node : null;
}
