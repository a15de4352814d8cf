import { DOSSIER_ROOT_ARGUMENTS, dossiersLater, dossiersThen } from './as-of-dossiers';
import { ok } from './mutations';
import type { TestService } from './service';
import { CLUSTER, CRITERIA_SET, openYear, registerCluster, score } from './year-scenario';

/**
 * A cluster's records up to a position P, where every reference an asOf read can follow has
 * something to show (`then`), and the writes after P that change each of them (`later`): names,
 * mergers, members, offices, the agreement, documents cited by number, people, ceremonies,
 * criteria set versions, titles, scores, votes and awards, the province's council and its members,
 * the sources records cite and the officials overseeing a year.
 */

const y2023 = { clusterId: CLUSTER, year: 2023 };
const y2024 = { clusterId: CLUSTER, year: 2024 };
const CEREMONY = { ceremonyId: 'le-2024', clusterId: CLUSTER };
const EXCELLENT = 'lao-dong-xuat-sac';
const COUNCIL = 'hdtdkt-ag';
/** The subject of the token the service's helpers write with (test/support/service.ts). */
const SERVICE_ADMIN = 'admin-test';

/** The arguments each root field taking asOf is called with in the sweep. */
export const ROOT_ARGUMENTS: Record<string, Record<string, unknown>> = {
  ceremonies: { clusterId: CLUSTER },
  ceremony: { id: CEREMONY.ceremonyId },
  cluster: { id: CLUSTER },
  clusterGraph: { year: 2024 },
  clusterGraphDiff: { fromYear: 2023, toYear: 2024 },
  clusterYear: y2024,
  clusters: {},
  council: { id: COUNCIL },
  councils: {},
  criteriaSet: { id: CRITERIA_SET.criteriaSetId },
  document: { id: 'kh-12-2024' },
  documents: {},
  person: { id: 'nguyen-van-a' },
  rankings: y2024,
  recordsCitingSource: { documentId: 'kh-12-2024' },
  scoreChanges: y2024,
  scoreHistory: { ...y2024, unitId: 'tan-chau', criterionId: 'c1' },
  scoreSheet: { ...y2024, unitId: 'tan-chau' },
  titles: {},
  unit: { id: 'cho-moi' },
  units: {},
  unitsConnection: {},
  whoChanged: y2024,
  ...DOSSIER_ROOT_ARGUMENTS,
};

const district = (unitId: string, name: string) => ({ unitId, name, level: 'DISTRICT', parentUnitId: 'vks-an-giang' });

/** 2023 decided: scored, finalized, awards decided under a number no document is registered for yet, one revoked. */
async function year2023(service: TestService): Promise<void> {
  await openYear(service, 2023, 'tan-chau', 'tri-ton');
  const titles: Record<string, string> = { 'tan-chau': EXCELLENT, 'tri-ton': 'lao-dong-tien-tien' };
  for (const [unitId, titleId] of Object.entries(titles)) {
    await ok(service, 'registerTitle', { ...y2023, unitId, titleId });
    await score(service, 2023, unitId, 'SELF', [40, 40, 15]);
  }
  await ok(service, 'finalizeScores', y2023);
  const decision = { decisionNumber: '35/QĐ-VKS', decisionDate: '2024-01-12', signer: 'Viện trưởng' };
  for (const [unitId, titleId] of Object.entries(titles)) {
    await ok(service, 'proposeAward', { ...y2023, awardId: `xs-2023-${unitId}`, unitId, titleId });
    await ok(service, 'decideAward', { ...y2023, awardId: `xs-2023-${unitId}`, ...decision });
  }
  await ok(service, 'revokeAward', { ...y2023, awardId: 'xs-2023-tri-ton', grounds: 'Kê khai không trung thực', revokedOn: '2024-03-01' });
}

/** 2024 under way: agreement, registrations, scores, a vote, a proposal. */
async function year2024(service: TestService): Promise<void> {
  await openYear(service, 2024, 'tri-ton', 'an-phu');
  await ok(service, 'registerDocument', {
    documentId: 'kh-12-2024',
    citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2024',
    issuerUnitId: 'vks-an-giang',
    title: 'Tổ chức lễ ký kết giao ước thi đua năm 2024',
  });
  // Two directives with one number: a legal basis citing the number alone reads as ambiguous, with both.
  await ok(service, 'registerDocument', { documentId: 'ct-02-2022', citation: 'Chỉ thị số 02/CT-VKSTC ngày 27/12/2022' });
  await ok(service, 'registerDocument', { documentId: 'ct-02-2023', citation: 'Chỉ thị số 02/CT-VKSTC ngày 27/12/2023' });
  await ok(service, 'relateDocuments', {
    documentId: 'kh-12-2024',
    relation: 'IMPLEMENTS',
    relatedDocumentId: 'ct-02-2023',
    relatedOn: '2024-01',
  });
  await ok(service, 'draftAgreement', {
    ...y2024,
    legalBases: [CRITERIA_SET.legalBasis, 'Kế hoạch số 12/KH-VKS ngày 10/01/2024', 'Chỉ thị số 02/CT-VKSTC'],
    ceremonyDate: '2024-02-20',
    hostUnitId: 'tri-ton',
    theme: 'Đoàn kết, kỷ cương',
  });
  await ok(service, 'amendAgreement', { ...y2024, note: 'Thêm phương châm', changes: { motto: 'Chủ động, sáng tạo' } });
  await ok(service, 'signAgreement', { ...y2024, unitId: 'tan-chau', signedOn: '2024-02-20', signatoryName: 'Nguyễn Văn A' });
  // In force by a source that gives only the month, while most signatures are still unknown.
  await ok(service, 'recordAgreementInForce', { ...y2024, inForceIn: '2024-02', source: 'Báo cáo số 12/BC-CTĐ ngày 20/3/2024' });
  await ok(service, 'amendRegulation', { ...y2024, summary: 'Sửa cách chấm điểm thưởng', articles: ['Điều 5'] });
  // A number is issued once: nothing later changes it, and the sweep reads it at P.
  await ok(service, 'issueClusterYearReport', { ...y2024, number: '20/BC-CTĐ', issuedOn: '2024-03-01' });
  await ok(service, 'registerTitle', { ...y2024, unitId: 'tan-chau', titleId: EXCELLENT });
  // Counts as a report states them, beside the one registration named: later writes change both.
  await ok(service, 'stateRegistrationCounts', { ...y2024, counts: [{ titleId: EXCELLENT, units: 2 }], source: 'Báo cáo số 12/BC-CTĐ' });
  await ok(service, 'declareIneligible', { ...y2024, unitId: 'chau-doc', reason: 'Có cán bộ bị kỷ luật' });
  await score(service, 2024, 'tan-chau', 'SELF', [40, 40, 15]);
  await score(service, 2024, 'tri-ton', 'SELF', [35, 35, 15]);
  await ok(service, 'recordScore', { ...y2024, unitId: 'tan-chau', criterionId: 'c1', stage: 'CLUSTER', points: 38 });
  await ok(service, 'openVote', { ...y2024, voteId: 'v-2024', titleId: EXCELLENT, candidateUnitIds: ['tan-chau'] });
  await ok(service, 'castBallot', { ...y2024, voteId: 'v-2024', voterUnitId: 'tri-ton', approvedUnitIds: ['tan-chau'] });
  await ok(service, 'proposeAward', { ...y2024, awardId: 'xs-2024', unitId: 'tan-chau', titleId: EXCELLENT });
}

/** The ceremony of 2024, its people and the offices' representatives. */
async function records(service: TestService): Promise<void> {
  await ok(service, 'registerPerson', { personId: 'nguyen-van-a', fullName: 'Nguyễn Văn A' });
  await ok(service, 'registerPerson', { personId: 'tran-thi-b', fullName: 'Trần Thị B' });
  await ok(service, 'recordCeremony', {
    ...CEREMONY,
    heldOn: '2024-02-20',
    place: 'Hội trường VKSND huyện Tri Tôn',
    hostUnitId: 'tri-ton',
    organisingDocumentId: 'kh-12-2024',
    legalBasisDocumentIds: ['ct-02-2023'],
    reviewsYear: 2023,
    launchesYear: 2024,
  });
  await ok(service, 'addCeremonyParticipant', {
    ...CEREMONY,
    personId: 'nguyen-van-a',
    role: 'SIGNATORY',
    position: 'Viện trưởng',
    unitId: 'tri-ton',
  });
  // Attendance as reports give it: a unit, and a group named by office with a person linked later.
  await ok(service, 'recordCeremonyAttendance', { ...CEREMONY, attendanceId: 'tri-ton-du', role: 'SIGNATORY', unitId: 'tri-ton' });
  await ok(service, 'recordCeremonyAttendance', {
    ...CEREMONY,
    attendanceId: 'chanh-van-phong',
    role: 'SPEAKER',
    group: 'Chánh Văn phòng các đơn vị thành viên',
    count: 2,
  });
  await ok(service, 'linkAttendancePerson', {
    ...CEREMONY,
    attendanceId: 'chanh-van-phong',
    personId: 'tran-thi-b',
    position: 'Chánh Văn phòng',
  });
  await ok(service, 'recordCeremonyReview', {
    ...CEREMONY,
    summary: 'Hoàn thành tốt',
    commendations: [{ unitId: 'tan-chau' }],
    leadingUnitId: 'tan-chau',
    basisDocumentIds: ['kh-12-2024'],
    ranking: [{ rank: 1, unitId: 'tan-chau' }],
    proposals: [{ words: 'Đề nghị tặng Giấy khen' }],
  });
  await ok(service, 'nameOfficeRepresentative', { ...y2024, office: 'CHAIR', personId: 'nguyen-van-a', position: 'Viện trưởng' });
  await ok(service, 'nameOfficeRepresentative', { ...y2024, office: 'VICE_CHAIR', personId: 'tran-thi-b', position: 'Phó Viện trưởng' });
  await ok(service, 'recordOfficeDesignation', { ...y2024, office: 'CHAIR', documentId: 'kh-12-2024', designatedOn: '2024-01' });
  await ok(service, 'recordOfficeDesignation', { ...y2024, office: 'VICE_CHAIR', documentId: 'ct-02-2023' });
  await council(service);
}

/** The province's council, a decision it issued, and the two people of the ceremony as its members on its date. */
async function council(service: TestService): Promise<void> {
  await ok(service, 'registerCouncil', {
    councilId: COUNCIL,
    name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
    level: 'PROVINCIAL',
    unitId: 'vks-an-giang',
  });
  await ok(service, 'registerDocument', {
    documentId: 'qd-kien-toan-hd',
    kind: 'DECISION',
    title: 'Kiện toàn Hội đồng Thi đua – Khen thưởng',
    issuedIn: '2023-01',
    issuerCouncilId: COUNCIL,
  });
  const member = { councilId: COUNCIL, appointingDocumentId: 'qd-kien-toan-hd' };
  await ok(service, 'appointCouncilMember', {
    ...member,
    membershipId: 'chu-tich',
    personId: 'nguyen-van-a',
    capacity: 'CHAIR',
    from: '2023-01',
  });
  await ok(service, 'appointCouncilMember', {
    ...member,
    membershipId: 'thuong-truc',
    personId: 'tran-thi-b',
    capacity: 'STANDING',
    from: '2023',
    to: '2026',
  });
}

const NEWS = {
  publisher: 'Báo điện tử Kiểm sát',
  title: 'Cụm thi đua số 2 tổng kết năm 2024',
  url: 'https://kiemsat.vn/a',
  seenOn: '2025-02',
};

/** A record of every kind the sweep reads, by the ids that name it. */
const SOURCED: [string, Record<string, unknown>][] = [
  ['UNIT', { id: 'cho-moi' }],
  ['CLUSTER', { id: CLUSTER }],
  ['OFFICE', { id: CLUSTER, year: 2024, partId: 'CHAIR' }],
  ['AGREEMENT', { id: CLUSTER, year: 2024 }],
  ['AWARD', { id: CLUSTER, year: 2024, partId: 'xs-2024' }],
  ['MEETING', { id: CEREMONY.ceremonyId }],
  ['DOCUMENT', { id: 'kh-12-2024' }],
  ['PERSON', { id: 'nguyen-van-a' }],
  ['COUNCIL', { id: COUNCIL }],
];

/** Sources cited at P: an outside one for the year, a registered one for each other kind; an official overseeing 2024. */
async function sources(service: TestService): Promise<void> {
  await ok(service, 'citeSource', { citationId: 'nguon-nam', record: { kind: 'CLUSTER_YEAR', id: CLUSTER, year: 2024 }, outside: NEWS });
  for (const [kind, record] of SOURCED)
    await ok(service, 'citeSource', { citationId: `nguon-${kind}`, record: { kind, ...record }, documentId: 'kh-12-2024', note: 'Mục II' });
  await ok(service, 'assignOversight', {
    ...y2024,
    personId: 'tran-thi-b',
    capacity: 'Phó Viện trưởng phụ trách',
    documentId: 'kh-12-2024',
  });
}

/** After P: a source withdrawn, another cited for every kind; the oversight handed on. */
async function laterSources(service: TestService): Promise<void> {
  await ok(service, 'withdrawSource', { citationId: 'nguon-nam', reason: 'Bài báo ghi nhầm năm' });
  for (const [kind, record] of [...SOURCED, ['REVIEW', { id: CEREMONY.ceremonyId }] as const])
    await ok(service, 'citeSource', { citationId: `sau-${kind}`, record: { kind, ...record }, documentId: 'qd-35' });
  await ok(service, 'endOversight', { ...y2024, personId: 'tran-thi-b', reason: 'Phân công lại' });
  await ok(service, 'assignOversight', { ...y2024, personId: 'le-van-c', capacity: 'Viện trưởng phụ trách' });
}

/** Everything up to P. */
export async function then(service: TestService): Promise<void> {
  await registerCluster(service);
  await ok(service, 'registerUnit', district('cho-moi', 'Viện kiểm sát nhân dân huyện Chợ Mới'));
  await ok(service, 'mergeUnits', { predecessorUnitIds: ['cho-moi'], successorUnitId: 'an-phu', effectiveDate: '2023-06-01' });
  await ok(service, 'renameUnit', { unitId: 'tinh-bien', name: 'Viện kiểm sát nhân dân thị xã Tịnh Biên', effectiveDate: '2024-01-10' });
  await ok(service, 'defineTitle', { titleId: 'giay-khen-cum', name: 'Giấy khen của Cụm', collective: true });
  await year2023(service);
  await year2024(service);
  await records(service);
  await sources(service);
  await dossiersThen(service, CLUSTER);
}

/** After P: every reference above changes, or gains what it could not show at P. */
export async function later(service: TestService): Promise<void> {
  await ok(service, 'registerDocument', {
    documentId: 'qd-424',
    citation: 'Quyết định số 424/QĐ-VKSTC ngày 15/12/2020',
    title: 'Bộ tiêu chí',
  });
  await ok(service, 'registerDocument', { documentId: 'qd-35', citation: 'Quyết định số 35/QĐ-VKS ngày 12/01/2024', title: 'Khen thưởng' });
  await ok(service, 'relateDocuments', {
    documentId: 'qd-35',
    relation: 'AMENDS',
    relatedDocumentId: 'kh-12-2024',
    relatedOn: '2024-01-12',
  });
  await ok(service, 'completeDocument', { documentId: 'ct-02-2023', signer: 'Lê Minh Trí', pages: 4 });
  await ok(service, 'correctDocument', { documentId: 'ct-02-2022', number: '03/CT-VKSTC', reason: 'Nhập nhầm số' });
  for (const unitId of ['vks-an-giang', 'tan-chau', 'tri-ton', 'an-phu'])
    await ok(service, 'renameUnit', {
      unitId,
      name: `Viện kiểm sát nhân dân ${unitId} mới`,
      shortName: `VKS ${unitId}`,
      effectiveDate: '2024-01-15',
    });
  await ok(service, 'registerUnit', district('phu-tan', 'Viện kiểm sát nhân dân huyện Phú Tân'));
  await ok(service, 'mergeUnits', { predecessorUnitIds: ['phu-tan'], successorUnitId: 'an-phu', effectiveDate: '2024-03-01' });
  await ok(service, 'dissolveUnit', { unitId: 'chau-doc', effectiveDate: '2024-12-31', reason: 'Sắp xếp tổ chức' });
  await ok(service, 'registerUnit', district('thoai-son', 'Viện kiểm sát nhân dân huyện Thoại Sơn'));
  await ok(service, 'admitMember', { ...y2024, unitId: 'thoai-son' });
  await ok(service, 'withdrawMember', { ...y2024, unitId: 'tinh-bien' });
  await ok(service, 'rotateChair', { ...y2024, chairUnitId: 'an-phu', viceChairUnitId: 'tan-chau' });
  await ok(service, 'amendAgreement', { ...y2024, note: 'Đổi nơi đăng cai', changes: { hostUnitId: 'an-phu', legalBases: ['35/QĐ-VKS'] } });
  await ok(service, 'signAgreement', { ...y2024, unitId: 'tri-ton', signedOn: '2024-03-01' });
  await ok(service, 'amendRegulation', { ...y2024, summary: 'Sửa điểm trừ', articles: ['Điều 6'] });
  await ok(service, 'registerTitle', { ...y2024, unitId: 'tri-ton', titleId: EXCELLENT });
  await ok(service, 'stateRegistrationCounts', {
    ...y2024,
    counts: [{ titleId: EXCELLENT, units: 3 }],
    source: 'Báo cáo bổ sung số 15/BC-CTĐ',
  });
  await ok(service, 'declareIneligible', { ...y2024, unitId: 'an-phu', reason: 'Chưa nộp báo cáo' });
  await ok(service, 'correctScore', { ...y2024, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 39, reason: 'Sai sót' });
  await ok(service, 'recordScore', { ...y2024, unitId: 'tri-ton', criterionId: 'c2', stage: 'COUNCIL', points: 20 });
  await ok(service, 'castBallot', { ...y2024, voteId: 'v-2024', voterUnitId: 'an-phu', approvedUnitIds: ['tan-chau'] });
  await ok(service, 'closeVote', { ...y2024, voteId: 'v-2024' });
  await ok(service, 'publishCriteriaSet', { ...CRITERIA_SET, legalBasis: '35/QĐ-VKS', effectiveFrom: '2025-01-01' });
  await ok(service, 'finalizeScores', y2024);
  await ok(service, 'decideAward', {
    ...y2024,
    awardId: 'xs-2024',
    decisionNumber: '35/QĐ-VKS',
    decisionDate: '2025-01-10',
    signer: 'Viện trưởng',
  });
  await ok(service, 'revokeAward', { ...y2023, awardId: 'xs-2023-tan-chau', grounds: 'Kết luận thanh tra', revokedOn: '2024-09-01' });
  await ok(service, 'defineTitle', { titleId: 'bang-khen-cum', name: 'Bằng khen của Cụm', collective: true });
  await ok(service, 'registerPerson', { personId: 'le-van-c', fullName: 'Lê Văn C' });
  await ok(service, 'addCeremonyParticipant', { ...CEREMONY, personId: 'le-van-c', role: 'DIRECTING', unitId: 'vks-an-giang' });
  await ok(service, 'linkAttendancePerson', { ...CEREMONY, attendanceId: 'chanh-van-phong', personId: 'le-van-c' });
  await ok(service, 'addCeremonyParticipant', { ...CEREMONY, personId: 'nguyen-van-a', role: 'SPEAKER', unitId: 'tri-ton' });
  await ok(service, 'recordCeremony', {
    ceremonyId: 'le-2025',
    clusterId: CLUSTER,
    heldOn: '2025-02-20',
    reviewsYear: 2024,
    hostUnitId: 'tan-chau',
  });
  await ok(service, 'nameOfficeRepresentative', { ...y2024, office: 'CHAIR', personId: 'le-van-c', position: 'Viện trưởng' });
  await ok(service, 'recordOfficeDesignation', { ...y2024, office: 'CHAIR', documentId: 'qd-35', designatedOn: '2024-01-12' });
  await ok(service, 'recordOfficeDesignation', { ...y2024, office: 'VICE_CHAIR', designatedOn: '2024' });
  await ok(service, 'endCouncilMembership', { councilId: COUNCIL, membershipId: 'chu-tich', endedOn: '2023-12', reason: 'Nghỉ hưu' });
  await ok(service, 'correctCouncilMember', {
    councilId: COUNCIL,
    membershipId: 'thuong-truc',
    capacity: 'VICE_CHAIR',
    reason: 'Ghi nhầm',
  });
  await ok(service, 'appointCouncilMember', {
    councilId: COUNCIL,
    membershipId: 'uy-vien',
    personId: 'le-van-c',
    capacity: 'MEMBER',
    from: '2024',
  });
  await ok(service, 'registerCouncil', { councilId: 'hdtdkt-nganh', name: 'Hội đồng Thi đua – Khen thưởng ngành', level: 'SECTOR' });
  await ok(service, 'formCluster', { clusterId: 'ag-3', name: 'Cụm thi đua số 3', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' });
  await ok(service, 'registerUnit', district('chau-phu', 'Viện kiểm sát nhân dân huyện Châu Phú'));
  await ok(service, 'registerUnit', district('chau-thanh', 'Viện kiểm sát nhân dân huyện Châu Thành'));
  await ok(service, 'openClusterYear', { clusterId: 'ag-3', year: 2024, memberUnitIds: ['chau-phu', 'chau-thanh'] });
  await laterSources(service);
  await dossiersLater(service);
  // Who wrote everything above acts under another name: their actors' person asOf P keeps the name of then.
  const renamed = await service.token(SERVICE_ADMIN, { role: 'ADMIN' as never, name: 'Quản trị (tên mới)' });
  await ok(service, 'defineTitle', { titleId: 'co-thi-dua', name: 'Cờ thi đua của Cụm', collective: true }, renamed);
}
