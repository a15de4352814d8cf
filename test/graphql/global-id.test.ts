import fc from 'fast-check';
import { ID_PATTERN } from '../../src/graphql/validation';
import { globalId, parseGlobalId, type NodeRef } from '../../src/graphql/global-id';

const slug = fc.stringMatching(ID_PATTERN);
const year = fc.integer({ min: 1990, max: 2100 });
const date = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const at = fc.oneof(fc.constant('current' as const), fc.integer({ min: 0, max: 2 ** 40 }));
const position = fc.integer({ min: 1, max: 2 ** 40 });
/** A token subject is whatever the issuer chose: any text, and often the separators ids use. */
const subject = fc.oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.stringMatching(/^[%@/:~a40-9]{1,8}$/), slug);

/** Any object the API can give an id, read at any position (audit events only as they are). */
const refs: fc.Arbitrary<NodeRef> = fc.oneof(
  fc.record({ type: fc.constant('Unit' as const), key: fc.record({ unitId: slug, namedOn: fc.option(date, { nil: null }) }), at }),
  fc.record({ type: fc.constant('Cluster' as const), key: fc.record({ clusterId: slug }), at }),
  fc.record({ type: fc.constant('ClusterYear' as const), key: fc.record({ clusterId: slug, year }), at }),
  fc.record({ type: fc.constant('Ranking' as const), key: fc.record({ clusterId: slug, year }), at }),
  fc.record({
    type: fc.constant('GraphNode' as const),
    key: fc.record({ year, key: fc.tuple(fc.constantFrom('unit', 'cluster'), slug).map(([kind, id]) => `${kind}:${id}`) }),
    at,
  }),
  fc.record({
    type: fc.constant('AuditEvent' as const),
    key: fc.record({ position }),
    at: fc.constant('current' as const),
  }),
  fc.record({ type: fc.constant('AuditActor' as const), key: fc.record({ personId: subject, position }), at }),
  fc.record({ type: fc.constant('AuditPerson' as const), key: fc.record({ personId: subject }), at }),
);

describe('global ids: one module writes and reads them', () => {
  it('reads back every id it writes, and no two objects share one', () => {
    fc.assert(
      fc.property(refs, refs, (a, b) => {
        const id = globalId(a.type, a.key as never, a.at);
        expect(parseGlobalId(id)).toEqual(a);
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(globalId(b.type, b.key as never, b.at)).not.toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the forms the guide lists', () => {
    expect([
      globalId('Unit', { unitId: 'tan-chau', namedOn: null }, 'current'),
      globalId('Unit', { unitId: 'tan-chau', namedOn: '2024-12-31' }, 61),
      globalId('Cluster', { clusterId: 'ag-2' }, 61),
      globalId('ClusterYear', { clusterId: 'ag-2', year: 2024 }, 'current'),
      globalId('Ranking', { clusterId: 'ag-2', year: 2024 }, 61),
      globalId('GraphNode', { year: 2024, key: 'cluster:ag-2' }, 'current'),
      globalId('AuditEvent', { position: 1234 }, 'current'),
      globalId('AuditActor', { personId: 'nguyen-van-a', position: 1234 }, 'current'),
      globalId('AuditActor', { personId: 'nguyen-van-a', position: 1234 }, 2000),
      globalId('AuditPerson', { personId: 'nguyen-van-a' }, 61),
      globalId('AuditPerson', { personId: 'a@b.vn' }, 'current'),
    ]).toEqual([
      'Unit:tan-chau',
      'Unit:tan-chau~2024-12-31@61',
      'Cluster:ag-2@61',
      'ClusterYear:ag-2/2024',
      'Ranking:ag-2/2024@61',
      'GraphNode:2024/cluster:ag-2',
      'AuditEvent:1234',
      'AuditActor:nguyen-van-a/1234',
      'AuditActor:nguyen-van-a/1234@2000',
      'AuditPerson:nguyen-van-a@61',
      'AuditPerson:a%40b.vn',
    ]);
  });

  it.each([
    'tan-chau',
    'Unit:',
    'unit:tan-chau',
    'Nope:tan-chau',
    'Unit:tan-chau@',
    'Unit:tan-chau@01',
    'Unit:tan-chau~2024-02-30',
    'Unit:a~2024-01-01~2024-01-02',
    'Cluster:ag-2/2024',
    'ClusterYear:ag-2',
    'ClusterYear:ag-2/024',
    'GraphNode:2024/person:x',
    'AuditEvent:0',
    'AuditEvent:01',
    'AuditActor:nguyen-van-a',
    'AuditActor:nguyen-van-a@12',
    'AuditActor:/12',
    'AuditActor:nguyen-van-a/012',
    'AuditPerson:',
    'AuditPerson:a%41',
    'AuditPerson:a%2',
    'toString:x',
    '__proto__:x',
  ])('reads %p as no id of its own', (id) => {
    expect(parseGlobalId(id)).toBeNull();
  });
});
