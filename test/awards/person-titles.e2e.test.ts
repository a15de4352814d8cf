import { personTitlesCoveredBy, personTitlesDecider } from '../../src/awards/domain/person-titles/person-titles';
import { Role } from '../../src/kernel/actor';
import { specification } from '../support/decider-specification';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { registerCluster } from '../support/year-scenario';

const given = specification(personTitlesDecider);
const register = {
  type: 'RegisterPersonTitle' as const,
  unitId: 'tan-chau',
  year: 2024,
  personId: 'nguyen-van-a',
  titleId: 'chien-si-thi-dua-co-so',
  unitRegistered: true,
  personRegistered: true,
  titleForPersons: true,
};
const registered = {
  type: 'PersonTitleRegistered' as const,
  data: { unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a', titleId: 'chien-si-thi-dua-co-so' },
};

describe('persons register titles in their unit’s year: the decider', () => {
  it('registers a person for a title', () => given([]).when(register).then([registered]));
  it('refuses the same registration twice: PERSON_TITLE_ALREADY_REGISTERED', () =>
    given([registered])
      .when(register)
      .thenThrows('PERSON_TITLE_ALREADY_REGISTERED', /nguyen-van-a/));
  it('refuses a title that is not for persons: PERSON_TITLE_UNKNOWN', () =>
    given([])
      .when({ ...register, titleForPersons: false })
      .thenThrows('PERSON_TITLE_UNKNOWN'));
  it('refuses a person or a unit not on record', () => {
    given([])
      .when({ ...register, personRegistered: false })
      .thenThrows('PERSON_NOT_FOUND');
    given([])
      .when({ ...register, unitRegistered: false })
      .thenThrows('UNIT_NOT_FOUND');
  });
  it('withdraws a registration, and refuses to withdraw none', () => {
    const withdraw = { type: 'WithdrawPersonTitle' as const, unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a' };
    given([registered])
      .when(withdraw)
      .then([{ type: 'PersonTitleWithdrawn', data: { unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a' } }]);
    given([]).when(withdraw).thenThrows('PERSON_TITLE_NOT_REGISTERED');
  });
  it('a registration for Chiến sĩ thi đua cơ sở strives for Lao động tiên tiến on the way', () =>
    expect(personTitlesCoveredBy('chien-si-thi-dua-co-so')).toEqual(['ca-nhan-lao-dong-tien-tien', 'chien-si-thi-dua-co-so']));
});

describe('over HTTP: a person’s registration, then a unit’s dossier proposing persons', () => {
  let service: TestService;
  const dossier = { dossierId: 'hs-tan-chau-2024' };
  const person = (id: string) => ({ kind: 'PERSON', id });

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    for (const [personId, fullName] of [
      ['nguyen-van-a', 'Nguyễn Văn A'],
      ['tran-thi-b', 'Trần Thị B'],
    ])
      await ok(service, 'registerPerson', { personId, fullName });
  });
  afterAll(() => service.stop());

  it('registers as the unit’s own officer; another unit’s officer is refused, and a collective title too', async () => {
    const officer = await service.token('can-bo-tc', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    const other = await service.token('can-bo-tt', { role: Role.UNIT_OFFICER, unit: 'tri-ton' });
    const input = { unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a', titleId: 'chien-si-thi-dua-co-so' };
    await refused(service, 'registerPersonTitle', input, 'FORBIDDEN', other);
    await refused(service, 'registerPersonTitle', { ...input, titleId: 'lao-dong-tien-tien' }, 'PERSON_TITLE_UNKNOWN', officer);
    await refused(service, 'registerPersonTitle', { ...input, personId: 'khong-co' }, 'PERSON_NOT_FOUND', officer);
    const first = await ok(service, 'registerPersonTitle', input, officer);
    await refused(service, 'registerPersonTitle', input, 'PERSON_TITLE_ALREADY_REGISTERED', officer);
    const read = async (asOf?: number) =>
      (
        await service.gql(
          'query($asOf: AsOf) { personTitleRegistrations(unitId: "tan-chau", year: 2024, asOf: $asOf) { personId titleId titleName } }',
          { asOf },
        )
      ).data!.personTitleRegistrations;
    expect(await read()).toEqual([{ personId: 'nguyen-van-a', titleId: 'chien-si-thi-dua-co-so', titleName: 'Chiến sĩ thi đua cơ sở' }]);
    await ok(service, 'withdrawPersonTitle', { unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a' }, officer);
    expect(await read()).toEqual([]);
    expect(await read(first.position)).toHaveLength(1);
    await ok(service, 'registerPersonTitle', input, officer);
  });

  it('checks a person item of the unit’s dossier against the registrations: met, refused, or not on record', async () => {
    await ok(service, 'draftDossier', {
      ...dossier,
      year: 2024,
      proposer: { kind: 'UNIT', id: 'tan-chau' },
      addressee: { kind: 'UNIT_HEAD', id: 'vks-an-giang' },
    });
    await ok(service, 'addDossierItem', {
      ...dossier,
      itemId: 'ldtt-a',
      entryId: 'ca-nhan-lao-dong-tien-tien',
      candidate: person('nguyen-van-a'),
    });
    await refused(
      service,
      'addDossierItem',
      { ...dossier, itemId: 'cstd-b', entryId: 'chien-si-thi-dua-co-so', candidate: person('tran-thi-b') },
      'CANDIDATE_NOT_REGISTERED',
    );
    await ok(service, 'addDossierItem', { ...dossier, itemId: 'gk-b', entryId: 'giay-khen', candidate: person('tran-thi-b') });
    // Another unit's year holds no registration at all: not on record rather than refused.
    await ok(service, 'draftDossier', {
      dossierId: 'hs-tri-ton-2024',
      year: 2024,
      proposer: { kind: 'UNIT', id: 'tri-ton' },
      addressee: { kind: 'UNIT_HEAD', id: 'vks-an-giang' },
    });
    await ok(service, 'addDossierItem', {
      dossierId: 'hs-tri-ton-2024',
      itemId: 'ldtt-b',
      entryId: 'ca-nhan-lao-dong-tien-tien',
      candidate: person('tran-thi-b'),
    });
    const checks = async (id: string) =>
      (await service.gql(`{ dossier(id: "${id}") { items { itemId registration } } }`)).data!.dossier.items;
    expect(await checks(dossier.dossierId)).toEqual([
      { itemId: 'ldtt-a', registration: 'MET' },
      { itemId: 'gk-b', registration: 'NOT_APPLICABLE' },
    ]);
    expect(await checks('hs-tri-ton-2024')).toEqual([{ itemId: 'ldtt-b', registration: 'NOT_ON_RECORD' }]);
  });
});
