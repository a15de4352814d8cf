import { Role } from '../../src/kernel/actor';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { actUnderTwoNames, NAMES, PERSON } from '../support/two-names';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

// What each type answers, so that node(id:) can be asked for exactly the same fields.
const FIELDS: Record<string, string> = {
  Unit: 'unitId name namedAsOn',
  Cluster: 'clusterId name',
  ClusterYear: 'clusterId year memberUnitIds chairUnitId',
  Ranking: 'clusterId year finalized units { unitId rank effectiveTotal }',
  GraphNode: 'key label currentLabel',
  AuditEvent: 'position eventId type hash',
  AuditActor: 'personId name role unitId person { __typename id personId name }',
  AuditPerson: 'personId name',
};
const select = (type: string) => `__typename id ${FIELDS[type]}`;

/** Every object a frontend reads about a cluster year, with an id: the year, its ranking, cluster, units and graph. */
const READ = `query($asOf: AsOf) {
  clusterYear(clusterId: "${CLUSTER}", year: 2024, asOf: $asOf) { ${select('ClusterYear')} members { ${select('Unit')} } }
  rankings(clusterId: "${CLUSTER}", year: 2024, asOf: $asOf) { ${select('Ranking')} }
  cluster(id: "${CLUSTER}", asOf: $asOf) { ${select('Cluster')} organizer { ${select('Unit')} } }
  unit(id: "tan-chau", asOf: $asOf) { ${select('Unit')} }
  clusterGraph(year: 2024, around: "tan-chau", asOf: $asOf) { nodes { ${select('GraphNode')} } }
}`;
/**
 * node(id:) asked for the fields of the type the id names (one fragment: `name` is `String!` on a unit
 * and `String` on an actor, which one selection may not ask for together without aliases).
 */
const NODE = (id: string) => {
  const type = id.slice(0, Math.max(id.indexOf(':'), 0));
  return `query($id: ID!) { node(id: $id) { __typename id ${FIELDS[type] ? `... on ${type} { ${FIELDS[type]} }` : ''} } }`;
};

/** Every object with an id in an answer, at any depth. */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'id' in value && '__typename' in value ? [value as Record<string, unknown>] : [];
  return [...own, ...Object.values(value).flatMap(objectsIn)];
}
/** An object with only the fields node(id:) is asked for (not the objects the read nested in it). */
function asNode(object: Record<string, unknown>) {
  const fields = ['__typename', 'id', ...FIELDS[object.__typename as string].replace(/\{[^}]*\}/g, '').split(/\s+/)];
  return Object.fromEntries(Object.entries(object).filter(([field]) => fields.includes(field)));
}

describe('ids are unique across types (Relay Global Object Identification), and node(id:) answers every one of them', () => {
  let service: TestService;
  let past: number;
  let insideWrite: number;
  /** The two events of one person acting under two names. */
  let first: number;
  let second: number;
  const read = async (asOf: number | null) => {
    const answer = await service.gql(READ, { asOf });
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const node = async (id: string, token?: string) => service.gql(NODE(id), { id }, token);

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    past = (
      await ok(service, 'recordScore', { clusterId: CLUSTER, year: 2024, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF', points: 20 })
    ).position;
    // A rename is one write of two events: a position between them is no position a read stands at.
    insideWrite =
      (
        await ok(service, 'renameUnit', {
          unitId: 'tan-chau',
          name: 'Viện kiểm sát nhân dân khu vực 3 - An Giang',
          effectiveDate: '2024-03-01',
        })
      ).position - 1;
    await score(service, 2024, 'an-phu', 'SELF', [40, 40, 20]);
    [first, second] = await actUnderTwoNames(service);
  });
  afterAll(() => service.stop());

  it('gives a cluster year and its ranking ids of their own, each with its type, now and as of a past position', async () => {
    const now = await read(null);
    const then = await read(past);
    expect([now.clusterYear.id, now.rankings.id, then.clusterYear.id, then.rankings.id]).toEqual([
      'ClusterYear:ag-2/2024',
      'Ranking:ag-2/2024',
      `ClusterYear:ag-2/2024@${past}`,
      `Ranking:ag-2/2024@${past}`,
    ]);
    expect([now.unit.id, then.unit.id, now.cluster.id]).toEqual(['Unit:tan-chau', `Unit:tan-chau@${past}`, 'Cluster:ag-2']);
    expect(now.clusterYear.members.find((m: any) => m.unitId === 'tan-chau').id).toBe('Unit:tan-chau~2024-12-31');
    expect(then.clusterYear.members.find((m: any) => m.unitId === 'tan-chau').id).toBe(`Unit:tan-chau~2024-12-31@${past}`);
    expect(now.clusterGraph.nodes.map((n: any) => n.id)).toContain('GraphNode:2024/unit:tan-chau');
  });

  it('never gives one id to two types, nor to an object now and as of a past position', async () => {
    const objects = [...objectsIn(await read(null)), ...objectsIn(await read(past))];
    const typeOf = new Map<unknown, unknown>();
    for (const object of objects) {
      expect({ id: object.id, type: typeOf.get(object.id) ?? object.__typename }).toEqual({ id: object.id, type: object.__typename });
      typeOf.set(object.id, object.__typename);
    }
    const current = new Set(objectsIn(await read(null)).map((o) => o.id));
    expect(objectsIn(await read(past)).filter((o) => current.has(o.id))).toEqual([]);
  });

  it('answers node(id:) with the very object each read answered, now and as of the past position', async () => {
    const objects = [...objectsIn(await read(null)), ...objectsIn(await read(past))];
    expect(new Set(objects.map((o) => o.__typename))).toEqual(new Set(['Unit', 'Cluster', 'ClusterYear', 'Ranking', 'GraphNode']));
    for (const object of objects) {
      const answer = await node(object.id as string);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.node).toEqual(asNode(object));
    }
  });

  it('answers an audit event by its id to auditors, and refuses other callers as the audit trail does', async () => {
    const trail = await service.gql(`{ auditTrail(first: 2) { edges { node { ${select('AuditEvent')} } } } }`);
    const events = trail.data!.auditTrail.edges.map((edge: any) => edge.node);
    expect(events.map((e: any) => e.id)).toEqual(events.map((e: any) => `AuditEvent:${e.position}`));
    const auditor = await service.token('kiem-toan', { role: Role.AUDITOR });
    for (const event of events) expect((await node(event.id, auditor)).data!.node).toEqual(event);
    const officer = await service.token('can-bo', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    const refused = await node(events[0].id, officer);
    expect(refused.data!.node).toBeNull();
    expect(refused.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
  });

  it('answers audit actors and persons by their ids to auditors, now and as of a past position, as the reads gave them', async () => {
    const ACTOR = `actor { ${select('AuditActor')} }`;
    const trail = await service.gql(
      `{ auditTrail(filter: { actorId: "${PERSON}", eventType: "UnitRegistered" }, order: OLDEST_FIRST) { edges { node { ${ACTOR} } } } }`,
    );
    const history = await service.gql(
      `query($asOf: AsOf) { scoreHistory(clusterId: "${CLUSTER}", year: 2024, unitId: "tri-ton", criterionId: "c1", asOf: $asOf) { ${ACTOR} } }`,
      { asOf: past },
    );
    const objects = objectsIn([trail.data!.auditTrail, history.data!.scoreHistory]);
    expect(objects.map((object) => object.id)).toEqual([
      `AuditActor:${PERSON}/${first}`,
      `AuditPerson:${PERSON}`,
      `AuditActor:${PERSON}/${second}`,
      `AuditPerson:${PERSON}`,
      `AuditActor:admin-test/${past}@${past}`,
      `AuditPerson:admin-test@${past}`,
    ]);
    const auditor = await service.token('kiem-toan', { role: Role.AUDITOR });
    for (const object of objects) expect((await node(object.id as string, auditor)).data!.node).toEqual(asNode(object));
    // Read as of the first event, the actor's person has the name known then; the present keeps the latest.
    expect((await node(`AuditActor:${PERSON}/${first}@${first}`, auditor)).data!.node).toMatchObject({
      name: NAMES[0],
      person: { id: `AuditPerson:${PERSON}@${first}`, name: NAMES[0] },
    });
    expect((await node(`AuditPerson:${PERSON}@${first}`, auditor)).data!.node).toMatchObject({ personId: PERSON, name: NAMES[0] });
    expect((await node(`AuditPerson:${PERSON}`, auditor)).data!.node).toMatchObject({ personId: PERSON, name: NAMES[1] });
    const officer = await service.token('can-bo', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    const refused = await service.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: objects.slice(0, 2).map((o) => o.id) },
      officer,
    );
    expect(refused.data!.nodes).toEqual([null, null]);
    expect(refused.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('answers null for an actor read before their event or under another person, and a person read before they acted', async () => {
    for (const id of [`AuditActor:${PERSON}/${second}@${first}`, `AuditActor:admin-test/${first}`, `AuditPerson:${PERSON}@${past}`]) {
      const { data, errors } = await node(id);
      expect({ id, data, errors }).toEqual({ id, data: { node: null }, errors: undefined });
    }
  });

  it.each([
    ['an unknown unit', 'Unit:khong-co'],
    ['an unknown type', 'Person:tan-chau'],
    ['an id without a type', 'tan-chau'],
    ['the old id of a cluster year', 'ag-2/2024'],
    ['a malformed year', 'ClusterYear:ag-2/24'],
    ['a malformed date', 'Unit:tan-chau~2024-13-45'],
    ['another spelling of a position', 'Unit:tan-chau@0001'],
    ['an audit event read asOf', 'AuditEvent:1@1'],
    ['an audit event not yet recorded', 'AuditEvent:999999'],
    ['the actor of an event not yet recorded', 'AuditActor:admin-test/999999'],
    ['the old id of an audit actor', 'AuditActor:admin-test@1'],
    ['a person who never acted', 'AuditPerson:khong-co'],
    ['an empty id', ''],
  ])('answers null without an error for %s (%s)', async (_what, id) => {
    const { status, data, errors } = await node(id);
    expect({ status, data, errors }).toEqual({ status: 200, data: { node: null }, errors: undefined });
  });

  it('answers null for a position inside a write, which no read stands at', async () => {
    expect((await node(`Unit:tan-chau@${insideWrite - 1}`)).data!.node).toMatchObject({ id: `Unit:tan-chau@${insideWrite - 1}` });
    expect((await node(`Unit:tan-chau@${insideWrite}`)).data!.node).toBeNull();
  });

  it('answers nodes(ids:) in the order asked, null where nothing has the id and where the caller may not read it', async () => {
    const officer = await service.token('can-bo', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    const answer = await service.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: ['Ranking:ag-2/2024', 'Unit:khong-co', 'AuditEvent:1', `ClusterYear:ag-2/2024@${past}`] },
      officer,
    );
    expect(answer.data!.nodes).toEqual([
      { __typename: 'Ranking', id: 'Ranking:ag-2/2024' },
      null,
      null,
      { __typename: 'ClusterYear', id: `ClusterYear:ag-2/2024@${past}` },
    ]);
    expect(answer.errors!.map((e: any) => [e.extensions.code, e.path])).toEqual([['FORBIDDEN', ['nodes', 2]]]);
    const tooMany = await service.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array(201).fill('Unit:tan-chau') });
    expect(tooMany.errors!.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0].message).toMatch(/tối đa 200/);
  });
});
