import fc from 'fast-check';
import { mutate } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { ENGLISH, ownWords, VIETNAMESE } from '../support/vietnamese';
import { CLUSTER, CRITERIA_SET, openYear, registerCluster } from '../support/year-scenario';

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 60);
const y = { clusterId: CLUSTER, year: 2022 };

/** A valid input per mutation: each case corrupts one field of it, so every request is malformed. */
const VALID: Record<string, Record<string, unknown>> = {
  registerUnit: { unitId: 'u-moi', name: 'Đơn vị', level: 'REGIONAL' },
  renameUnit: { unitId: 'tan-chau', name: 'Tên', effectiveDate: '2025-07-01' },
  mergeUnits: { predecessorUnitIds: ['an-phu'], successorUnitId: 'tri-ton', effectiveDate: '2025-07-01' },
  dissolveUnit: { unitId: 'an-phu', effectiveDate: '2025-07-01', reason: 'Lý do' },
  formCluster: { clusterId: 'c-moi', name: 'Cụm', kind: 'BLOC', organizerUnitId: 'vks-an-giang' },
  publishCriteriaSet: { ...CRITERIA_SET, criteriaSetId: 'bo-moi' },
  defineTitle: { titleId: 't-moi', name: 'Bằng khen', collective: true },
  openClusterYear: { clusterId: CLUSTER, year: 2023, memberUnitIds: ['tan-chau', 'tri-ton'] },
  admitMember: { ...y, unitId: 'tri-ton' },
  withdrawMember: { ...y, unitId: 'an-phu' },
  rotateChair: { ...y, chairUnitId: 'an-phu', viceChairUnitId: 'tri-ton' },
  appointViceChair: { ...y, viceChairUnitId: 'an-phu' },
  registerDocument: { documentId: 'vb', citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022' },
  registerPerson: { personId: 'p', fullName: 'Nguyễn Văn A' },
  recordCeremony: { ceremonyId: 'le', clusterId: CLUSTER, heldOn: '2022-02-22', launchesYear: 2022 },
  addCeremonyParticipant: { ceremonyId: 'le', clusterId: CLUSTER, personId: 'p', role: 'WITNESS' },
  recordCeremonyReview: { ceremonyId: 'le', clusterId: CLUSTER, summary: 'Tóm tắt' },
  nameOfficeRepresentative: { ...y, office: 'CHAIR', personId: 'p' },
  recordOfficeDesignation: { ...y, office: 'CHAIR', designatedOn: '2022-02' },
  assignOversight: { ...y, personId: 'p', capacity: 'Phó Viện trưởng phụ trách' },
  endOversight: { ...y, personId: 'p', reason: 'Lý do' },
  citeSource: { citationId: 'n', record: { kind: 'UNIT', id: 'an-phu' }, outside: { title: 'Bài báo', seenOn: '2024-03' } },
  withdrawSource: { citationId: 'n', reason: 'Lý do' },
  declareIneligible: { ...y, unitId: 'an-phu', reason: 'Lý do' },
  adoptCriteriaSet: { ...y, criteriaSetId: 'qd-424-huyen' },
  finalizeScores: { ...y },
  reopenScores: { ...y, reason: 'Lý do' },
  draftAgreement: {
    ...y,
    theme: 'Chủ đề',
    commitments: ['Cam kết'],
    legalBases: ['15/HD-VKSTC'],
    ceremonyDate: '2022-02-22',
    hostUnitId: 'tan-chau',
  },
  amendAgreement: { ...y, changes: { motto: 'Phương châm' }, note: 'Ghi chú' },
  amendRegulation: { ...y, summary: 'Tóm tắt', articles: ['Điều 1'] },
  signAgreement: { ...y, unitId: 'tan-chau', signatoryName: 'Người ký', signatoryPosition: 'Viện trưởng', signedOn: '2022-02-22' },
  registerTitle: { ...y, unitId: 'tan-chau', titleId: 'lao-dong-xuat-sac' },
  withdrawRegistration: { ...y, unitId: 'tan-chau' },
  stateRegistrationCounts: { ...y, counts: [{ titleId: 'co-thi-dua-nganh', units: 1 }], source: 'Báo cáo của Cụm' },
  openVote: { ...y, voteId: 'v', titleId: 'co-thi-dua-nganh', candidateUnitIds: ['tan-chau'] },
  castBallot: { ...y, voteId: 'v', voterUnitId: 'tan-chau', approvedUnitIds: ['tan-chau'] },
  closeVote: { ...y, voteId: 'v' },
  proposeAward: { ...y, awardId: 'a', unitId: 'tan-chau', titleId: 'lao-dong-tien-tien' },
  decideAward: { ...y, awardId: 'a', decisionNumber: '1/QĐ', decisionDate: '2023-01-10', signer: 'Người ký' },
  revokeAward: { ...y, awardId: 'a', grounds: 'Căn cứ', revokedOn: '2023-05-01' },
  recordScore: { ...y, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 30 },
  correctScore: { ...y, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 30, reason: 'Lý do' },
};

/** Fields a mutation may go without (`field`, or `mutation.field` where only that mutation may): dropping one leaves the input valid. */
const OPTIONAL = new Set([
  'signatoryName',
  'signatoryPosition',
  'shortName',
  'motto',
  'venue',
  'evidence',
  'parentUnitId',
  'version',
  'rotateChair.viceChairUnitId',
  'draftAgreement.theme',
  'draftAgreement.commitments',
  'draftAgreement.hostUnitId',
  'registerDocument.citation',
  'recordCeremony.launchesYear',
  'recordCeremony.heldOn',
  'draftAgreement.ceremonyDate',
  'recordOfficeDesignation.designatedOn',
  'recordCeremonyReview.summary',
  'assignOversight.documentId',
  'citeSource.outside',
]);
const optional = (mutation: string, field: string) => OPTIONAL.has(field) || OPTIONAL.has(`${mutation}.${field}`);

const HOSTILE = [
  "'; DROP TABLE events; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u0000',
  '${7*7}',
  '𝕋𝕙𝕚 đ𝕦𝕒',
  'a'.repeat(20_000),
  '{"$ne": null}',
];

/** A value of another JSON type than the field's, which GraphQL input coercion must refuse. */
function wrongType(original: unknown): fc.Arbitrary<unknown> {
  const objects = fc.oneof(
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
    fc.array(fc.boolean(), { minLength: 2 }),
  );
  if (typeof original === 'string')
    return fc.oneof(fc.boolean(), objects, fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }));
  if (typeof original === 'number') return fc.oneof(fc.string(), fc.boolean(), objects, fc.constantFrom(...HOSTILE));
  if (typeof original === 'boolean') return fc.oneof(fc.string(), fc.integer(), objects);
  if (Array.isArray(original)) return fc.oneof(fc.boolean(), fc.dictionary(fc.string({ maxLength: 8 }), fc.string()));
  return fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.boolean());
}

/** One malformed input: a field of another type, a required field missing, or an unknown field; hostile text elsewhere. */
function malformed(mutation: string, valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(valid);
  const hostile = fc.constantFrom(...HOSTILE);
  return fc.oneof(
    fc.constantFrom(...fields).chain((field) => wrongType(valid[field]).map((value) => ({ ...valid, [field]: value }))),
    fc
      .constantFrom(...fields.filter((f) => !optional(mutation, f)))
      .map((field) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field))),
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !fields.includes(k)),
        hostile,
      )
      .map(([key, value]) => ({ ...valid, [key]: value })),
  );
}

describe('bad input: malformed and hostile inputs to every mutation', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '1000000' });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
  });
  afterAll(() => service.stop());

  it.each(Object.keys(VALID))(
    `%s: ${RUNS} cases, each a clear error code and a Vietnamese message, none a 500, the store unchanged`,
    async (mutation) => {
      const head = await service.store.headPosition();
      await fc.assert(
        fc.asyncProperty(malformed(mutation, VALID[mutation]), async (input) => {
          const response = await mutate(service, mutation, input);
          expect(response.status).toBeLessThan(500);
          const code = response.errors?.[0]?.extensions?.code;
          // BAD_REQUEST: Fastify's JSON parser refuses prototype poisoning (a "__proto__" key) before GraphQL sees it.
          expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_TOKENS', 'BAD_REQUEST']).toContain(code);
          for (const error of response.errors!) {
            expect(error.message).toMatch(VIETNAMESE);
            expect(ownWords(error.message)).not.toMatch(ENGLISH);
          }
        }),
        { numRuns: RUNS },
      );
      const after = await service.store.readAll({ after: head });
      expect(after.filter((e) => e.type !== 'CheckpointSigned')).toEqual([]);
    },
    120_000,
  );
});
