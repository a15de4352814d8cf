import { startService, type TestService } from '../support/service';
import { actorsAsTheyWere, actUnderTwoNames, NAMES, PERSON } from '../support/two-names';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';
import { ok } from '../support/mutations';
import { Role } from '../../src/kernel/actor';

const ACTOR = 'actor { id personId name role unitId person { id personId name } }';
const TRAIL = `query($person: ID) { auditTrail(filter: { actorId: $person, eventType: "UnitRegistered" }, order: OLDEST_FIRST) { edges { node { position ${ACTOR} } } } }`;

describe('an audit event’s actor is a snapshot of the token at that event, with an identity of its own', () => {
  let service: TestService;
  let positions: number[];

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    positions = await actUnderTwoNames(service);
  });
  afterAll(() => service.stop());

  it('the audit trail shows each event’s actor as it was, and the person under the latest name', async () => {
    const { edges } = (await service.gql(TRAIL, { person: PERSON })).data!.auditTrail;
    expect(edges.map((edge: any) => edge.node.position)).toEqual(positions);
    expect(edges.map(({ node }: any) => node.actor)).toEqual(
      actorsAsTheyWere(positions).map((actor) => ({
        ...actor,
        role: 'ADMIN',
        person: { id: `AuditPerson:${PERSON}`, personId: PERSON, name: NAMES[1] },
      })),
    );
  });

  it('read as of the first event, the person has the name known then, under an id of that position', async () => {
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    const [before, after] = await Promise.all(NAMES.map((name) => service.token(PERSON, { role: Role.ADMIN, name })));
    const input = { clusterId: CLUSTER, year: 2024, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF', points: 20 };
    const first = await ok(service, 'recordScore', input, before);
    await ok(service, 'correctScore', { ...input, points: 21, reason: 'Sửa số liệu' }, after);
    const history = (asOf: number | null) =>
      service.gql(
        `query($asOf: AsOf) { scoreHistory(clusterId: "${CLUSTER}", year: 2024, unitId: "tri-ton", criterionId: "c1", asOf: $asOf) { position ${ACTOR} } }`,
        { asOf },
      );
    const then = (await history(first.position)).data!.scoreHistory;
    expect(then).toEqual([
      {
        position: first.position,
        actor: {
          id: `AuditActor:${PERSON}/${first.position}@${first.position}`,
          personId: PERSON,
          name: NAMES[0],
          role: 'ADMIN',
          unitId: null,
          person: { id: `AuditPerson:${PERSON}@${first.position}`, personId: PERSON, name: NAMES[0] },
        },
      },
    ]);
    const now = (await history(null)).data!.scoreHistory;
    // The same actor read now has another id: its person (the latest name) must not overwrite the one read then in a cache.
    expect(now.map((change: any) => [change.actor.id, change.actor.name, change.actor.person])).toEqual([
      [`AuditActor:${PERSON}/${first.position}`, NAMES[0], { id: `AuditPerson:${PERSON}`, personId: PERSON, name: NAMES[1] }],
      [`AuditActor:${PERSON}/${now[1].position}`, NAMES[1], { id: `AuditPerson:${PERSON}`, personId: PERSON, name: NAMES[1] }],
    ]);
    const who = (await service.gql(`{ whoChanged(clusterId: "${CLUSTER}", year: 2024) { actor { personId name } recorded corrected } }`))
      .data!.whoChanged;
    expect(who).toEqual([{ actor: { personId: PERSON, name: NAMES[0] }, recorded: 1, corrected: 1 }]);
  });
});
