import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/api/schema';
import { Role } from '../../src/kernel/actor';
import { expectNothingAppendedSince, mutate, ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, CRITERIA_SET, openYear, registerCluster } from '../support/year-scenario';

type Who = 'admin' | 'council' | 'otherCouncil' | 'chairOffice' | 'otherOffice' | 'unitOfficer' | 'otherUnitOfficer' | 'auditor';
const EVERYONE: Who[] = ['admin', 'council', 'otherCouncil', 'chairOffice', 'otherOffice', 'unitOfficer', 'otherUnitOfficer', 'auditor'];

const y = { clusterId: CLUSTER, year: 2022 };
let n = 0;
const fresh = (prefix: string) => `${prefix}-${(n += 1)}`;
const DOSSIER = 'hs-quyen';
const score = (stage: string) => ({ ...y, unitId: 'tan-chau', criterionId: 'c1', stage, points: 30 });

/**
 * The award dossier's steps, on a dossier cluster 2 addressed to the province's council: the cluster's
 * chair office and its organizer's council draft and send; the addressee's council takes the rest.
 */
function dossierRows(): [string, () => Record<string, unknown>, Who[]][] {
  const proposer: Who[] = ['council', 'chairOffice'];
  const addressee: Who[] = ['council'];
  const of = { dossierId: DOSSIER };
  const draft = (kind: string, id: string) => () => ({
    dossierId: fresh('hs'),
    year: 2022,
    proposer: { kind, id },
    addressee: { kind: 'COUNCIL', id: 'hdtdkt-ag' },
  });
  return [
    ['draftDossier', draft('CLUSTER', CLUSTER), proposer],
    ['draftDossier', draft('UNIT', 'tan-chau'), ['unitOfficer']],
    ['amendDossierMemo', () => ({ ...of, memo: { number: '1/TTr' } }), proposer],
    ['addDossierItem', () => ({ ...of, itemId: fresh('m'), entryId: 'giay-khen', candidate: { kind: 'UNIT', id: 'tan-chau' } }), proposer],
    ['removeDossierItem', () => ({ ...of, itemId: 'khong-co' }), proposer],
    ['resolveDossierCountItem', () => ({ ...of, itemId: 'khong-co', named: [] }), proposer],
    ['attachDossierDocument', () => ({ ...of, documentId: 'khong-co' }), proposer],
    ['submitDossier', () => of, proposer],
    ['resubmitDossier', () => of, proposer],
    ['receiveDossier', () => of, addressee],
    ['returnDossier', () => ({ ...of, reason: 'Thiếu báo cáo' }), addressee],
    ['appraiseDossierItem', () => ({ ...of, itemId: 'khong-co', verdict: 'APPROVED' }), addressee],
    ['forwardDossier', () => ({ ...of, forwardedAs: fresh('hs'), addressee: { kind: 'COUNCIL', id: 'khong-co' } }), addressee],
    ['draftDossierDecision', () => of, addressee],
    ['decideDossier', () => ({ ...of, decisionNumber: '1/QĐ', decisionDate: '2023-01-10' }), addressee],
    ['revokeDossierAward', () => ({ ...of, itemId: 'khong-co', grounds: 'Sai', revokedOn: '2023-05-01' }), addressee],
    [
      'recordKnownDecision',
      () => ({ dossierId: fresh('qd'), year: 2019, source: 'Báo', awards: [{ itemId: 'm', entryId: 'giay-khen', count: 2 }] }),
      ['council', 'otherCouncil'],
    ],
    [
      'registerPersonTitle',
      () => ({ unitId: 'tan-chau', year: 2022, personId: 'khong-co', titleId: 'chien-si-thi-dua-co-so' }),
      ['unitOfficer'],
    ],
    ['withdrawPersonTitle', () => ({ unitId: 'tan-chau', year: 2022, personId: 'khong-co' }), ['unitOfficer']],
  ];
}

/** Every mutation, with an input, and who may run it (ADMIN always may). */
const MATRIX: [string, () => Record<string, unknown>, Who[]][] = [
  ['registerUnit', () => ({ unitId: fresh('u'), name: 'Đơn vị mới', level: 'REGIONAL' }), []],
  ['renameUnit', () => ({ unitId: 'khong-co', name: 'Tên mới', effectiveDate: '2025-07-01' }), []],
  ['mergeUnits', () => ({ predecessorUnitIds: ['khong-co'], successorUnitId: 'tri-ton', effectiveDate: '2025-07-01' }), []],
  ['dissolveUnit', () => ({ unitId: 'khong-co', effectiveDate: '2025-07-01', reason: 'Sắp xếp' }), []],
  ['correctUnitLevel', () => ({ unitId: 'khong-co', level: 'REGIONAL', reason: 'Ghi nhầm cấp' }), []],
  ['formCluster', () => ({ clusterId: fresh('c'), name: 'Cụm mới', kind: 'BLOC', organizerUnitId: 'vks-an-giang' }), []],
  ['publishCriteriaSet', () => ({ ...CRITERIA_SET, criteriaSetId: fresh('set') }), []],
  ['defineTitle', () => ({ titleId: fresh('t'), name: 'Bằng khen', collective: true }), []],
  ['openClusterYear', () => ({ ...y, memberUnitIds: ['tan-chau'] }), ['council']],
  ['admitMember', () => ({ ...y, unitId: 'tri-ton' }), ['council']],
  ['withdrawMember', () => ({ ...y, unitId: 'tan-chau' }), ['council']],
  ['stateMembershipCompleteness', () => ({ ...y, complete: false }), ['council']],
  ['recordAgreementInForce', () => ({ ...y, source: 'Báo cáo của Cụm' }), ['council']],
  [
    'stateRegistrationCounts',
    () => ({ ...y, counts: [{ titleId: 'co-thi-dua-nganh', units: 1 }], source: 'Báo cáo của Cụm' }),
    ['council'],
  ],
  ['rotateChair', () => ({ ...y, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton' }), ['council']],
  ['registerDocument', () => ({ documentId: fresh('vb'), citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022' }), ['council', 'otherCouncil']],
  ['completeDocumentSubject', () => ({ documentId: 'khong-co', title: 'Trích yếu' }), ['council', 'otherCouncil']],
  ['completeDocument', () => ({ documentId: 'khong-co', signer: 'Nguyễn Văn A' }), ['council', 'otherCouncil']],
  ['correctDocument', () => ({ documentId: 'khong-co', pages: 2, reason: 'Theo bản gốc' }), ['council', 'otherCouncil']],
  ['relateDocuments', () => ({ documentId: 'khong-co', relation: 'AMENDS', relatedDocumentId: 'khong-co-2' }), ['council', 'otherCouncil']],
  ['registerPerson', () => ({ personId: fresh('p'), fullName: 'Nguyễn Văn A' }), ['council', 'otherCouncil', 'chairOffice', 'otherOffice']],
  [
    'registerCouncil',
    () => ({ councilId: fresh('hd'), name: 'Hội đồng Thi đua – Khen thưởng', level: 'UNIT', unitId: 'khong-co' }),
    ['council', 'otherCouncil'],
  ],
  [
    'appointCouncilMember',
    () => ({ councilId: 'khong-co', membershipId: fresh('tv'), personId: 'khong-co', capacity: 'MEMBER', from: '2022' }),
    ['council', 'otherCouncil'],
  ],
  [
    'endCouncilMembership',
    () => ({ councilId: 'khong-co', membershipId: 'khong-co', endedOn: '2023', reason: 'Nghỉ hưu' }),
    ['council', 'otherCouncil'],
  ],
  [
    'correctCouncilMember',
    () => ({ councilId: 'khong-co', membershipId: 'khong-co', capacity: 'CHAIR', reason: 'Ghi nhầm' }),
    ['council', 'otherCouncil'],
  ],
  ...dossierRows(),
  ['recordCeremony', () => ({ ceremonyId: fresh('le'), clusterId: CLUSTER, heldOn: '2022-02-22', launchesYear: 2022 }), ['council']],
  ['addCeremonyParticipant', () => ({ ceremonyId: 'khong-co', clusterId: CLUSTER, personId: 'khong-co', role: 'WITNESS' }), ['council']],
  ['recordCeremonyReview', () => ({ ceremonyId: 'khong-co', clusterId: CLUSTER }), ['council']],
  [
    'recordCeremonyAttendance',
    () => ({ ceremonyId: 'khong-co', clusterId: CLUSTER, attendanceId: fresh('tp'), role: 'ATTENDEE', group: 'Lãnh đạo các phòng' }),
    ['council'],
  ],
  [
    'linkAttendancePerson',
    () => ({ ceremonyId: 'khong-co', clusterId: CLUSTER, attendanceId: 'khong-co', personId: 'khong-co' }),
    ['council'],
  ],
  ['nameOfficeRepresentative', () => ({ ...y, office: 'CHAIR', personId: 'khong-co' }), ['council']],
  ['recordOfficeDesignation', () => ({ ...y, office: 'CHAIR', documentId: 'khong-co' }), ['council']],
  ['assignOversight', () => ({ ...y, personId: 'khong-co', capacity: 'Phó Viện trưởng phụ trách' }), ['council']],
  ['endOversight', () => ({ ...y, personId: 'khong-co', reason: 'Phân công lại' }), ['council']],
  [
    'citeSource',
    () => ({ citationId: fresh('n'), record: { kind: 'UNIT', id: 'khong-co' }, outside: { title: 'Bài báo' } }),
    ['council', 'otherCouncil', 'chairOffice', 'otherOffice'],
  ],
  ['withdrawSource', () => ({ citationId: 'khong-co', reason: 'Ghi nhầm' }), ['council', 'otherCouncil', 'chairOffice', 'otherOffice']],
  ['appointViceChair', () => ({ ...y, viceChairUnitId: 'khong-co' }), ['council']],
  ['declareIneligible', () => ({ ...y, unitId: 'khong-co', reason: 'Lý do' }), ['council']],
  ['adoptCriteriaSet', () => ({ ...y, criteriaSetId: CRITERIA_SET.criteriaSetId }), ['council']],
  ['finalizeScores', () => y, ['council']],
  ['reopenScores', () => ({ ...y, reason: 'Rà soát' }), ['council']],
  [
    'decideAward',
    () => ({ ...y, awardId: 'khong-co', decisionNumber: '1/QĐ', decisionDate: '2023-01-10', signer: 'Viện trưởng' }),
    ['council'],
  ],
  ['revokeAward', () => ({ ...y, awardId: 'khong-co', grounds: 'Sai', revokedOn: '2023-05-01' }), ['council']],
  [
    'draftAgreement',
    () => ({ ...y, theme: 'Chủ đề', commitments: [], legalBases: [], ceremonyDate: '2022-02-22', hostUnitId: 'tan-chau' }),
    ['chairOffice'],
  ],
  ['amendAgreement', () => ({ ...y, changes: { venue: 'Hội trường' }, note: 'Thông qua' }), ['chairOffice']],
  ['amendRegulation', () => ({ ...y, summary: 'Sửa quy chế', articles: [] }), ['chairOffice']],
  ['issueClusterYearReport', () => ({ ...y, number: '15/BC-CTĐ', issuedOn: '2023-01-15' }), ['chairOffice']],
  ['openVote', () => ({ ...y, voteId: fresh('v'), titleId: 'co-thi-dua-nganh', candidateUnitIds: ['tan-chau'] }), ['chairOffice']],
  ['closeVote', () => ({ ...y, voteId: 'khong-co' }), ['chairOffice']],
  ['proposeAward', () => ({ ...y, awardId: fresh('a'), unitId: 'tan-chau', titleId: 'lao-dong-tien-tien' }), ['chairOffice', 'council']],
  [
    'signAgreement',
    () => ({ ...y, unitId: 'tan-chau', signatoryName: 'Nguyễn Kiến Thịnh', signatoryPosition: 'Viện trưởng', signedOn: '2022-02-22' }),
    ['unitOfficer'],
  ],
  ['registerTitle', () => ({ ...y, unitId: 'tan-chau', titleId: 'co-thi-dua-nganh' }), ['unitOfficer']],
  ['withdrawRegistration', () => ({ ...y, unitId: 'tan-chau' }), ['unitOfficer']],
  ['castBallot', () => ({ ...y, voteId: 'khong-co', voterUnitId: 'tan-chau', approvedUnitIds: [] }), ['unitOfficer']],
  ['recordScore', () => score('SELF'), ['unitOfficer']],
  ['recordScore', () => score('CLUSTER'), ['chairOffice']],
  ['recordScore', () => score('COUNCIL'), ['council']],
  ['correctScore', () => ({ ...score('SELF'), reason: 'Sửa' }), ['unitOfficer']],
  ['correctScore', () => ({ ...score('CLUSTER'), reason: 'Sửa' }), ['chairOffice']],
  ['correctScore', () => ({ ...score('COUNCIL'), reason: 'Sửa' }), ['council']],
];

describe('every mutation declares who may run it', () => {
  it('walks the schema: each mutation has an @Authorized rule naming roles, and each query is @Authorized', async () => {
    const schema = await createSchema();
    const authorized = getMetadataStorage().authorizedFields;
    const rule = (name: string) => authorized.find((f) => f.fieldName === name);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !rule(name) || rule(name)!.roles.length === 0)).toEqual([]);
    expect(Object.keys(schema.getQueryType()!.getFields()).filter((name) => !rule(name))).toEqual([]);
    expect([...new Set(MATRIX.map(([name]) => name))].sort()).toEqual([...mutations].sort());
  });
});

describe('role × mutation: allowed, or FORBIDDEN saying what is needed, with nothing appended', () => {
  let service: TestService;
  const tokens = {} as Record<Who, string>;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerUnit', { unitId: 'vks-hai-phong', name: 'Viện kiểm sát nhân dân thành phố Hải Phòng', level: 'PROVINCIAL' });
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'registerCouncil', {
      councilId: 'hdtdkt-ag',
      name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
      level: 'PROVINCIAL',
      unitId: 'vks-an-giang',
    });
    await ok(service, 'draftDossier', {
      dossierId: DOSSIER,
      year: 2022,
      proposer: { kind: 'CLUSTER', id: CLUSTER },
      addressee: { kind: 'COUNCIL', id: 'hdtdkt-ag' },
    });
    const claims: Record<Who, { role: Role; unit?: string }> = {
      admin: { role: Role.ADMIN },
      council: { role: Role.COUNCIL, unit: 'vks-an-giang' },
      otherCouncil: { role: Role.COUNCIL, unit: 'vks-hai-phong' },
      chairOffice: { role: Role.CLUSTER_OFFICER, unit: 'tan-chau' },
      otherOffice: { role: Role.CLUSTER_OFFICER, unit: 'tri-ton' },
      unitOfficer: { role: Role.UNIT_OFFICER, unit: 'tan-chau' },
      otherUnitOfficer: { role: Role.UNIT_OFFICER, unit: 'an-phu' },
      auditor: { role: Role.AUDITOR },
    };
    for (const who of EVERYONE) tokens[who] = await service.token(`${who}-1`, claims[who]);
  });
  afterAll(() => service.stop());

  it.each(MATRIX.map(([mutation, input, allowed]) => [mutation, input().stage ?? '', input, allowed] as const))(
    '%s %s',
    async (mutation, _stage, input, allowed) => {
      const outcome: Record<string, string> = {};
      for (const who of EVERYONE) {
        const head = await service.store.headPosition();
        const response = await mutate(service, mutation, input(), tokens[who]);
        const forbidden = response.errors?.[0]?.extensions?.code === 'FORBIDDEN';
        outcome[who] = forbidden ? 'denied' : 'allowed';
        if (forbidden) {
          expect(response.errors![0].message).toMatch(/cần .*ADMIN/);
          await expectNothingAppendedSince(service, head);
        }
      }
      const expected = Object.fromEntries(EVERYONE.map((who) => [who, who === 'admin' || allowed.includes(who) ? 'allowed' : 'denied']));
      expect(outcome).toEqual(expected);
    },
  );

  it('validates the input before any rule: an invalid input is BAD_USER_INPUT whoever sends it', async () => {
    const invalid = { ...score('SELF'), unitId: 'đơn vị lạ!' };
    const cases: [Who, Record<string, unknown>, string][] = [
      ['otherUnitOfficer', invalid, 'BAD_USER_INPUT'],
      ['unitOfficer', invalid, 'BAD_USER_INPUT'],
      ['otherUnitOfficer', score('SELF'), 'FORBIDDEN'],
      ['auditor', { ...score('COUNCIL'), points: -1 }, 'BAD_USER_INPUT'],
      ['auditor', score('COUNCIL'), 'FORBIDDEN'],
    ];
    for (const [who, input, code] of cases) {
      const head = await service.store.headPosition();
      const response = await mutate(service, 'recordScore', input, tokens[who]);
      expect([who, input.unitId, input.points, response.errors?.[0]?.extensions?.code]).toEqual([who, input.unitId, input.points, code]);
      expect(response.errors![0].message).toMatch(code === 'FORBIDDEN' ? /^Không có quyền: .*cần .*ADMIN/ : /^Dữ liệu không hợp lệ: /);
      await expectNothingAppendedSince(service, head);
    }
  });

  it('keeps the audit trail and chain verification to auditors (and ADMIN)', async () => {
    for (const who of EVERYONE) {
      const response = await service.gql('{ auditTrail(first: 1) { edges { cursor } } verifyAuditChain { ok } }', {}, tokens[who]);
      expect([who, response.errors?.[0]?.extensions?.code ?? 'allowed']).toEqual([
        who,
        who === 'admin' || who === 'auditor' ? 'allowed' : 'FORBIDDEN',
      ]);
    }
  });
});
