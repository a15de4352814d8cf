import type { At } from '../../projections/history';

/**
 * What identifies each kind of object the API gives an `id`, apart from the log position it was read at.
 * A unit read about a year carries the date its name was read on (`namedOn`): it shows another name
 * than the unit today, so it is another object to a client cache.
 */
export interface NodeKeys {
  Unit: { unitId: string; namedOn: string | null };
  Cluster: { clusterId: string };
  ClusterYear: { clusterId: string; year: number };
  Ranking: { clusterId: string; year: number };
  GraphNode: { year: number; key: string };
  AuditEvent: { position: number };
  /** Who acted in the event at `position`, as its token said then (`personId`: the token's subject). */
  AuditActor: { personId: string; position: number };
  /** A token subject, with the latest name its tokens carried. */
  AuditPerson: { personId: string };
}

export type NodeType = keyof NodeKeys;

/** A parsed id: the type, its key, and the position it was read at. */
export type NodeRef = { [T in NodeType]: { type: T; key: NodeKeys[T]; at: At } }[NodeType];

interface KeyForm<K> {
  write(key: K): string;
  /** The key of a written form; null for anything `write` does not produce. */
  read(text: string): K | null;
}

/** A calendar date as `YYYY-MM-DD` that exists (not 2024-02-30). */
function isDate(text: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}
const YEAR = /^\d{4}$/;

/** A log position as ids write it: one spelling (no leading zero). */
const readPosition = (text: string): number | null => (/^[1-9]\d{0,15}$/.test(text) ? Number(text) : null);

/**
 * A token subject: any text the issuer chose. `%` and `@` are escaped (`%25`, `%40`) so that the
 * position suffix stays unambiguous; anything else, `/` included, is kept as is, so ids stay readable.
 */
const subjectForm: KeyForm<string> = {
  write: (subject) => subject.replace(/[%@]/g, (c) => (c === '%' ? '%25' : '%40')),
  read: (text) => (text ? text.replace(/%25|%40/g, (code) => (code === '%25' ? '%' : '@')) : null),
};

/** `<clusterId>/<year>`, for the two objects of a cluster year. */
const clusterYearForm: KeyForm<{ clusterId: string; year: number }> = {
  write: ({ clusterId, year }) => `${clusterId}/${year}`,
  read: (text) => {
    const [clusterId, year, ...rest] = text.split('/');
    return clusterId && YEAR.test(year ?? '') && rest.length === 0 ? { clusterId, year: Number(year) } : null;
  },
};

/**
 * Caller-chosen ids (src/graphql/validation.ts) never contain `/`, `~`, `:` or `@`, so the separators are unambiguous;
 * token subjects can, and are escaped (subjectForm).
 */
const FORMS: { [T in NodeType]: KeyForm<NodeKeys[T]> } = {
  Unit: {
    write: ({ unitId, namedOn }) => (namedOn ? `${unitId}~${namedOn}` : unitId),
    read: (text) => {
      const [unitId, namedOn, ...rest] = text.split('~');
      if (!unitId || rest.length > 0 || (namedOn !== undefined && !isDate(namedOn))) return null;
      return { unitId, namedOn: namedOn ?? null };
    },
  },
  Cluster: { write: ({ clusterId }) => clusterId, read: (text) => (text.includes('/') ? null : { clusterId: text }) },
  ClusterYear: clusterYearForm,
  Ranking: clusterYearForm,
  GraphNode: {
    write: ({ year, key }) => `${year}/${key}`,
    read: (text) => {
      const match = /^(\d{4})\/((?:unit|cluster):[^/]+)$/.exec(text);
      return match ? { year: Number(match[1]), key: match[2] } : null;
    },
  },
  AuditEvent: {
    write: ({ position }) => String(position),
    read: (text) => {
      const position = readPosition(text);
      return position === null ? null : { position };
    },
  },
  // `<subject>/<position of the event>`: the last `/` is the separator, as a subject may contain one.
  AuditActor: {
    write: ({ personId, position }) => `${subjectForm.write(personId)}/${position}`,
    read: (text) => {
      const match = /^(.+)\/([^/]+)$/s.exec(text);
      const personId = match && subjectForm.read(match[1]);
      const position = match && readPosition(match[2]);
      return personId && position ? { personId, position } : null;
    },
  },
  AuditPerson: {
    write: ({ personId }) => subjectForm.write(personId),
    read: (text) => {
      const personId = subjectForm.read(text);
      return personId === null ? null : { personId };
    },
  },
};

const isNodeType = (name: string): name is NodeType => Object.hasOwn(FORMS, name);

/**
 * The `id` of an object (Relay's Global Object Identification): `<Type>:<key>`, unique across types,
 * and `<Type>:<key>@<position>` for the object read `asOf` a past log position, so that a read of
 * history never overwrites the current object in a client cache (Apollo Client, urql's graphcache
 * and Relay all key records by `id`, Relay by `id` alone). Every read at one position gives the
 * same id; the current object keeps the id without `@`, which subscriptions and mutations update.
 */
export function globalId<T extends NodeType>(type: T, key: NodeKeys[T], at: At): string {
  const id = `${type}:${FORMS[type].write(key)}`;
  return at === 'current' ? id : `${id}@${at}`;
}

/** The id of an object read at the present, or of one no position is read at (an audit event). */
export const presentId = <T extends NodeType>(type: T, key: NodeKeys[T]): string => globalId(type, key, 'current');

/** The object an id names, or null when it is not an id `globalId` writes (unknown type, malformed key, another spelling). */
export function parseGlobalId(id: string): NodeRef | null {
  const match = /^([A-Za-z]+):([^@]+)(?:@(\d{1,16}))?$/.exec(id);
  if (!match || !isNodeType(match[1])) return null;
  const type = match[1];
  const key = FORMS[type].read(match[2]);
  if (key === null) return null;
  const at: At = match[3] === undefined ? 'current' : Number(match[3]);
  const ref = { type, key, at } as NodeRef;
  // One spelling per object: `@061` or a type's other spellings would make a second record of it in a cache.
  return globalId(ref.type, ref.key, at) === id ? ref : null;
}

/** The type an id names; every object the `Node` interface returns carries one. */
export const typeOfGlobalId = (id: string): NodeType | undefined => parseGlobalId(id)?.type;

export const GLOBAL_ID_DESCRIPTION =
  'Mã toàn cục, không trùng giữa các kiểu (Relay): `<Kiểu>:<khóa>` khi đọc hiện tại, `<Kiểu>:<khóa>@<vị trí nhật ký>` khi đọc với asOf (không bao giờ trùng với đối tượng hiện tại). `node(id:)` trả lại đúng đối tượng này.';

/** The description of one type's `id`, with examples written by `globalId` itself (read now and, if it can be, as of position 61). */
export function idDescription<T extends NodeType>(type: T, example: NodeKeys[T], readAsOf = true): string {
  const examples = [presentId(type, example), ...(readAsOf ? [globalId(type, example, 61)] : [])];
  return `${GLOBAL_ID_DESCRIPTION} Ví dụ: ${examples.map((id) => `\`${id}\``).join(', ')}.`;
}
