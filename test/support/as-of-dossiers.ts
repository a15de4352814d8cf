import { ok } from './mutations';
import type { TestService } from './service';

const COUNCIL = 'hdtdkt-ag';
const DECIDED = { dossierId: 'hs-gk-2024' };
const WAITING = { dossierId: 'hs-ldtt-2024' };
const FORWARDED = { dossierId: 'hs-xs-2024' };
const APPROVED = { dossierId: 'hs-gk-an-phu-2024' };

/** The dossiers' root fields and the arguments the sweep asks them with. */
export const DOSSIER_ROOT_ARGUMENTS: Record<string, Record<string, unknown>> = {
  dossier: { id: DECIDED.dossierId },
  dossiers: {},
  dossierInbox: { addresseeId: COUNCIL },
  unitAwards: { unitId: 'tan-chau' },
  personAwards: { personId: 'nguyen-van-a' },
  eligibleAwards: { year: 2024, unitId: 'tan-chau' },
  awards: {},
  awardsConnection: {},
  awardDecisions: {},
  awardSummary: { year: 2024 },
  uncheckedAwards: {},
  personTitleRegistrations: { unitId: 'tan-chau', year: 2024 },
  councilAwardSession: { councilId: COUNCIL, year: 2024 },
};

/**
 * At P: a cluster's dossier of Giấy khen returned once, resubmitted, appraised with a vote, decided by
 * the provincial council and one award revoked; another dossier, count-only, waiting in the inbox.
 */
export async function dossiersThen(service: TestService, clusterId: string): Promise<void> {
  const draft = { year: 2024, proposer: { kind: 'CLUSTER', id: clusterId }, addressee: { kind: 'COUNCIL', id: COUNCIL } };
  await ok(service, 'draftDossier', { ...DECIDED, ...draft, memo: { number: '30/TTr-CTĐ', date: '2024-11', signer: 'Trưởng Cụm' } });
  await ok(service, 'addDossierItem', { ...DECIDED, itemId: 'don-vi', entryId: 'giay-khen', candidate: { kind: 'UNIT', id: 'tan-chau' } });
  await ok(service, 'addDossierItem', {
    ...DECIDED,
    itemId: 'ca-nhan',
    entryId: 'giay-khen',
    candidate: { kind: 'PERSON', id: 'nguyen-van-a' },
    achievements: 'Hoàn thành xuất sắc nhiệm vụ',
  });
  await ok(service, 'submitDossier', DECIDED);
  await ok(service, 'receiveDossier', DECIDED);
  await ok(service, 'returnDossier', { ...DECIDED, reason: 'Thiếu biên bản họp Cụm' });
  await ok(service, 'resubmitDossier', DECIDED);
  await ok(service, 'receiveDossier', DECIDED);
  for (const itemId of ['don-vi', 'ca-nhan'])
    await ok(service, 'appraiseDossierItem', { ...DECIDED, itemId, verdict: 'APPROVED', vote: { approvals: 7, eligibleVoters: 9 } });
  await ok(service, 'decideDossier', { ...DECIDED, decisionNumber: '40/QĐ-VKS', decisionDate: '2024-12-20', signer: 'Viện trưởng' });
  await ok(service, 'revokeDossierAward', { ...DECIDED, itemId: 'ca-nhan', grounds: 'Kê khai không trung thực', revokedOn: '2025-01' });
  await ok(service, 'registerPersonTitle', { unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a', titleId: 'chien-si-thi-dua-co-so' });
  await sessionAtP(service, draft);
  await ok(service, 'recordKnownDecision', {
    dossierId: 'qd-bao-2023',
    year: 2023,
    authority: 'PROVINCIAL_CHIEF',
    source: 'Báo Kiểm sát, tháng 1/2024',
    awards: [{ itemId: 'gk', entryId: 'giay-khen', candidate: { kind: 'UNIT', id: 'tri-ton' } }],
  });
  await ok(service, 'draftDossier', { ...WAITING, ...draft });
  await ok(service, 'addDossierItem', { ...WAITING, itemId: 'ldtt', entryId: 'ca-nhan-lao-dong-tien-tien', count: 2 });
  await ok(service, 'submitDossier', WAITING);
}

/** The council's session at P: an item rejected with a reason, one forwarded up, one approved and not yet decided. */
async function sessionAtP(service: TestService, draft: Record<string, unknown>): Promise<void> {
  const unit = (id: string) => ({ kind: 'UNIT', id });
  await ok(service, 'draftDossier', { ...FORWARDED, ...draft });
  await ok(service, 'addDossierItem', { ...FORWARDED, itemId: 'xs', entryId: 'lao-dong-xuat-sac', candidate: unit('tan-chau') });
  await ok(service, 'addDossierItem', { ...FORWARDED, itemId: 'gk', entryId: 'giay-khen', candidate: unit('tri-ton') });
  await ok(service, 'draftDossier', { ...APPROVED, ...draft });
  await ok(service, 'addDossierItem', { ...APPROVED, itemId: 'gk', entryId: 'giay-khen', candidate: unit('an-phu') });
  for (const dossier of [FORWARDED, APPROVED]) {
    await ok(service, 'submitDossier', dossier);
    await ok(service, 'receiveDossier', dossier);
  }
  await ok(service, 'appraiseDossierItem', { ...FORWARDED, itemId: 'xs', verdict: 'APPROVED' });
  await ok(service, 'appraiseDossierItem', { ...FORWARDED, itemId: 'gk', verdict: 'REJECTED', reason: 'Trùng với khen thưởng khác' });
  await ok(service, 'forwardDossier', {
    ...FORWARDED,
    forwardedAs: 'hs-xs-2024-nganh',
    addressee: { kind: 'COUNCIL', id: 'hdtdkt-nganh' },
  });
  await ok(service, 'appraiseDossierItem', { ...APPROVED, itemId: 'gk', verdict: 'APPROVED' });
}

/** After P: the waiting dossier received, its count named and appraised; the unit's award revoked too. */
export async function dossiersLater(service: TestService): Promise<void> {
  await ok(service, 'receiveDossier', WAITING);
  await ok(service, 'revokeDossierAward', { dossierId: 'qd-bao-2023', itemId: 'gk', grounds: 'Nguồn đính chính', revokedOn: '2024-06' });
  await ok(service, 'decideDossier', { ...APPROVED, decisionNumber: '41/QĐ-VKS', decisionDate: '2025-01-05' });
  await ok(service, 'withdrawPersonTitle', { unitId: 'tan-chau', year: 2024, personId: 'nguyen-van-a' });
  await ok(service, 'registerPersonTitle', {
    unitId: 'tan-chau',
    year: 2024,
    personId: 'tran-thi-b',
    titleId: 'ca-nhan-lao-dong-tien-tien',
  });
  const named = ['nguyen-van-a', 'tran-thi-b'].map((id) => ({ itemId: `ldtt-${id}`, candidate: { kind: 'PERSON', id } }));
  await ok(service, 'resolveDossierCountItem', { ...WAITING, itemId: 'ldtt', named });
  await ok(service, 'appraiseDossierItem', {
    ...WAITING,
    itemId: 'ldtt-tran-thi-b',
    verdict: 'REJECTED',
    reason: 'Chưa đủ thời gian công tác',
  });
  await ok(service, 'revokeDossierAward', { ...DECIDED, itemId: 'don-vi', grounds: 'Kết luận thanh tra', revokedOn: '2025-03-01' });
}
