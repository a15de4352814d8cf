import { authorize } from '../authorization/auth-checker';
import { rules, type Rule } from '../authorization/rules';
import type { GraphQLContext } from '../graphql/context';
import { parseGlobalId, type NodeKeys, type NodeType } from '../graphql/global-id';
import { readAsOf, type ModelsAt } from '../graphql/models-at';
import type { RecordedActor } from '../audit/graphql/audit-actor';
import type { Node } from '../graphql/node';
import { actorAt, appliedEventAt, auditEventAt, auditPersonAt, hasActedAt } from '../audit/graphql/audit-reads';
import { clusterAt, clusterYearAt, graphAt } from '../cluster/graphql/cluster-reads';
import { rankingAt } from '../scorecard/graphql/scorecard-reads';
import { unitAt } from '../unit/graphql/unit-reads';

interface Reader<K> {
  /** Who may read the type: the rules of its own query (none: any signed-in caller). */
  rules: readonly Rule[];
  /** The object read from the read models at the id's position. */
  read(models: ModelsAt, key: K): Node | null | Promise<Node | null>;
}

/** Each type read as its own query reads it, so `node(id:)` answers exactly what that query answered. */
const READERS: { [T in NodeType]: Reader<NodeKeys[T]> } = {
  Unit: { rules: [], read: (models, { unitId, namedOn }) => unitAt(models, unitId, namedOn) },
  Cluster: { rules: [], read: (models, { clusterId }) => clusterAt(models, clusterId) },
  ClusterYear: { rules: [], read: (models, { clusterId, year }) => clusterYearAt(models, clusterId, year) },
  Ranking: { rules: [], read: (models, { clusterId, year }) => rankingAt(models, clusterId, year) },
  // The node as the year's graph shows it (its label is the unit's name that year, whatever filter drew it).
  GraphNode: { rules: [], read: (models, { year, key }) => graphAt(models, year, {}).nodes.find((node) => node.id === key) ?? null },
  AuditEvent: {
    rules: [rules.auditor],
    read: async (models, { position }) => {
      const event = await appliedEventAt(models, position);
      return event ? auditEventAt(models, event) : null;
    },
  },
  // Who acted, as the event recorded them; read as of a position, their person is as known there.
  AuditActor: {
    rules: [rules.auditor],
    read: async (models, { position }) => {
      const event = await appliedEventAt(models, position);
      return event ? actorAt(models, event.metadata.actor as RecordedActor | undefined, position) : null;
    },
  },
  AuditPerson: {
    rules: [rules.auditor],
    read: (models, { personId }) => (hasActedAt(models, personId) ? auditPersonAt(models, personId) : null),
  },
};

/**
 * The object an id names, read at the position it names (as `asOf` that position; the present for
 * an id without one); null for an id the API never gives out (unknown type, malformed, an object
 * that does not exist there), as Relay's `node` field answers. A position inside a write of several
 * events stands before that write, as `asOf` does, so the object found there has another id and the
 * answer is null: `node(id).id` is always `id`.
 */
export async function nodeOf(context: GraphQLContext, id: string): Promise<Node | null> {
  const ref = parseGlobalId(id);
  if (!ref) return null;
  const reader = READERS[ref.type] as Reader<typeof ref.key>;
  authorize(reader.rules, context);
  const models = readAsOf(context, typeof ref.at === 'number' ? { position: ref.at } : null);
  const node = await reader.read(models, ref.key);
  return node?.globalId === id ? node : null;
}
