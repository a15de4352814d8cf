import { dossierDecider } from '../../src/awards/domain/dossier/decider';
import type { RecordKnownDecision } from '../../src/awards/domain/dossier/commands';
import { Role } from '../../src/kernel/actor';
import { specification } from '../support/decider-specification';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { registerCluster } from '../support/year-scenario';

const given = specification(dossierDecider);
const collective = { known: true, kind: 'TITLE' as const, recipients: ['COLLECTIVE' as const], decidedBy: ['PROSECUTOR_GENERAL' as const] };
const known: RecordKnownDecision = {
  type: 'RecordKnownDecision',
  dossierId: 'qd-bao-2019',
  year: 2019,
  decidedBy: null,
  authority: 'PROSECUTOR_GENERAL',
  decisionNumber: null,
  decisionDate: '2020',
  signer: null,
  source: ' Báo Bảo vệ pháp luật, 15/01/2020 ',
  awards: [
    { itemId: 'co', entryId: 'co-thi-dua-nganh', candidate: { kind: 'UNIT', id: 'tan-chau' }, count: 1 },
    { itemId: 'xs', entryId: 'lao-dong-xuat-sac', candidate: null, count: 3 },
  ],
  entries: { 'co-thi-dua-nganh': collective, 'lao-dong-xuat-sac': collective },
};

describe('a decision known only by its outcome: the decider', () => {
  it('records it as told, nothing added', () =>
    given([])
      .when(known)
      .then([
        {
          type: 'DossierDecisionRecorded',
          data: {
            ...{ dossierId: 'qd-bao-2019', year: 2019, decidedBy: null, authority: 'PROSECUTOR_GENERAL', decisionNumber: null },
            ...{ decisionDate: '2020', signer: null, source: 'Báo Bảo vệ pháp luật, 15/01/2020', awards: known.awards },
          },
        },
      ]));
  it('refuses one without its source, without awards, or naming an award twice', () => {
    given([])
      .when({ ...known, source: '  ' })
      .thenThrows('KNOWN_DECISION_SOURCE_REQUIRED');
    given([])
      .when({ ...known, awards: [] })
      .thenThrows('DOSSIER_EMPTY');
    given([])
      .when({ ...known, awards: [known.awards[0], known.awards[0]] })
      .thenThrows('DOSSIER_ITEM_ALREADY_EXISTS');
  });
  it('refuses an entry the catalogue lacks, one not for the candidate, a named award with a count', () => {
    given([])
      .when({ ...known, entries: {} })
      .thenThrows('AWARD_ENTRY_NOT_FOUND');
    given([])
      .when({ ...known, entries: { ...known.entries, 'co-thi-dua-nganh': { ...collective, recipients: ['PERSON'] } } })
      .thenThrows('AWARD_NOT_FOR_RECIPIENT');
    given([])
      .when({ ...known, awards: [{ ...known.awards[0], count: 2 }] })
      .thenThrows('ITEM_COUNT_INVALID');
  });
});

describe('over HTTP: a decision known from a news report, its checks listed as not made', () => {
  let service: TestService;
  const input = {
    dossierId: 'qd-bao-2019',
    year: 2019,
    authority: 'PROSECUTOR_GENERAL',
    decisionDate: '2020',
    source: 'Báo Bảo vệ pháp luật, 15/01/2020: "VKSND thị xã Tân Châu nhận Cờ thi đua của ngành; 3 đơn vị đạt Tập thể Lao động xuất sắc"',
    awards: [
      { itemId: 'co', entryId: 'co-thi-dua-nganh', candidate: { kind: 'UNIT', id: 'tan-chau' } },
      { itemId: 'xs', entryId: 'lao-dong-xuat-sac', count: 3 },
    ],
  };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
  });
  afterAll(() => service.stop());

  it('refuses a unit officer and a blank source, then records it as told', async () => {
    const officer = await service.token('can-bo', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    await refused(service, 'recordKnownDecision', input, 'FORBIDDEN', officer);
    await refused(service, 'recordKnownDecision', { ...input, source: '   ' }, 'BAD_USER_INPUT');
    await refused(
      service,
      'recordKnownDecision',
      { ...input, awards: [{ itemId: 'x', entryId: 'chien-si-thi-dua-co-so', candidate: { kind: 'UNIT', id: 'tan-chau' } }] },
      'AWARD_NOT_FOR_RECIPIENT',
    );
    await ok(service, 'recordKnownDecision', input);
    await refused(service, 'recordKnownDecision', input, 'DOSSIER_ALREADY_EXISTS');
    const { dossier } = (
      await service.gql(`{ dossier(id: "qd-bao-2019") { status proposer { id } addressee { id } source
        decision { decisionNumber decisionDate { iso precision } authority } items { itemId count registration prerequisites award { cap decisionNumber } } } }`)
    ).data!;
    expect(dossier).toEqual({
      status: 'DECIDED',
      proposer: null,
      addressee: null,
      source: input.source,
      decision: { decisionNumber: null, decisionDate: { iso: '2020', precision: 'YEAR' }, authority: 'PROSECUTOR_GENERAL' },
      items: [
        {
          itemId: 'co',
          count: 1,
          registration: 'NOT_ON_RECORD',
          prerequisites: 'NOT_ON_RECORD',
          award: { cap: 'NOT_ON_RECORD', decisionNumber: null },
        },
        {
          itemId: 'xs',
          count: 3,
          registration: 'NOT_ON_RECORD',
          prerequisites: 'NOT_ON_RECORD',
          award: { cap: 'NOT_ON_RECORD', decisionNumber: null },
        },
      ],
    });
  });

  it('lists every award whose checks could not be made, and shows it in the unit’s record', async () => {
    const { uncheckedAwards, unitAwards } = (
      await service.gql(`{ uncheckedAwards(year: 2019) { itemId entryName candidate { id } count unchecked source }
        unitAwards(unitId: "tan-chau") { entryId decisionNumber decisionDate { text } } }`)
    ).data!;
    expect(uncheckedAwards).toEqual([
      {
        itemId: 'co',
        entryName: 'Cờ thi đua của ngành Kiểm sát nhân dân',
        candidate: { id: 'tan-chau' },
        count: 1,
        unchecked: ['REGISTRATION', 'PREREQUISITES', 'CAP'],
        source: input.source,
      },
      {
        itemId: 'xs',
        entryName: 'Tập thể Lao động xuất sắc',
        candidate: null,
        count: 3,
        unchecked: ['REGISTRATION', 'PREREQUISITES', 'CAP'],
        source: input.source,
      },
    ]);
    expect(unitAwards).toEqual([{ entryId: 'co-thi-dua-nganh', decisionNumber: null, decisionDate: { text: 'năm 2020' } }]);
  });

  it('has no memo or decision to print, and says why', async () => {
    const token = await service.token('kiem-toan', { role: Role.AUDITOR });
    const answer = await fetch(`${service.base}/documents/dossiers/qd-bao-2019/memo.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(404);
    const [error] = ((await answer.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors;
    expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/chỉ biết kết quả/) });
  });
});
