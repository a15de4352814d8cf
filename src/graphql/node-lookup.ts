import type { At } from '../../projections/history';
import type { App } from '../app';
import { refusal } from '../authorization/auth-checker';
import { permitted, rules, type Rule } from '../authorization/rules';
import type { RecordedEvent } from '../eventstore/port';
import { eventAt } from '../eventstore/read-positions';
import { resolveAt } from './as-of';
import type { GraphQLContext } from './context';
import { auditEventOut } from './event-out';
import { parseGlobalId, type NodeKeys, type NodeType } from './global-id';
import { clusterAt, clusterYearAt, unitAt } from './resolvers/directory-at';
import { rankingOut } from './resolvers/ranking-queries';
import { AuditActor, auditPerson, type RecordedActor } from './types/audit-actor';
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
    read: async (app, { position }) => {
      const event = await appliedEventAt(app, position, 'current');
      return event ? auditEventOut(event) : null;
    },
  },
  // Who acted, as the event recorded them; read as of a position, their person is as known there.
  AuditActor: {
    rules: [rules.auditor],
    read: async (app, { position }, at) => {
      const event = await appliedEventAt(app, position, at);
      return event ? AuditActor.of(event.metadata.actor as RecordedActor | undefined, position, at) : null;
    },
  },
  AuditPerson: {
    rules: [rules.auditor],
    read: ({ models: { auditLog } }, { personId }, at) =>
      auditLog.actedBy(personId, at) ? auditPerson(personId, auditLog.nameOf(personId, at), at) : null,
  },
};

/** The event at `position` if the read models have applied it and a read at `at` sees it, as the audit trail lists events. */
async function appliedEventAt(app: App, position: number, at: At): Promise<RecordedEvent | undefined> {
  const seen = at === 'current' ? app.models.timeline.head : Math.min(at, app.models.timeline.head);
  return position <= seen ? eventAt(app.store, position) : undefined;
}

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
