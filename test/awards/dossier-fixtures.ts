import type { AddItem, AppraiseItem, DecideDossier, DraftDossier, EntryFacts } from '../../src/awards/domain/dossier/commands';
import type { DossierEvent, RuleCheck } from '../../src/awards/domain/dossier/events';
import type { Candidate } from '../../src/awards/domain/dossier/parties';

/** A dossier of VKSND tỉnh An Giang to the sector council, 2024, and the steps it goes through. */
export const DOSSIER = 'hs-ag-2024';
export const EXCELLENT = 'tap-the-lao-dong-xuat-sac';
export const ADVANCED = 'tap-the-lao-dong-tien-tien';
export const CERTIFICATE = 'bang-khen-vien-truong';

export const unit = (id: string): Candidate => ({ kind: 'UNIT', id });
export const person = (id: string): Candidate => ({ kind: 'PERSON', id });

export const collectiveTitle: EntryFacts = { known: true, kind: 'TITLE', recipients: ['COLLECTIVE'], decidedBy: ['PROSECUTOR_GENERAL'] };
export const form: EntryFacts = { known: true, kind: 'FORM', recipients: ['PERSON', 'COLLECTIVE'], decidedBy: ['PROSECUTOR_GENERAL'] };

export const draftCommand: DraftDossier = {
  type: 'DraftDossier',
  dossierId: DOSSIER,
  year: 2024,
  proposer: { kind: 'UNIT', id: 'vks-an-giang' },
  addressee: { kind: 'COUNCIL', id: 'hdtdkt-nganh' },
  memo: { number: ' 12/TTr-VKS ', date: '2024-11-20', signer: '  ' },
  forwardedFrom: null,
  forwardMatches: false,
  carriedItems: [],
};
export const drafted: DossierEvent = {
  type: 'DossierDrafted',
  data: {
    dossierId: DOSSIER,
    year: 2024,
    proposer: draftCommand.proposer,
    addressee: draftCommand.addressee,
    memo: { number: '12/TTr-VKS', date: '2024-11-20', signer: null },
    forwardedFrom: null,
  },
};

export const addUnit = (itemId: string, unitId: string): AddItem => ({
  type: 'AddItem',
  dossierId: DOSSIER,
  itemId,
  entryId: EXCELLENT,
  candidate: unit(unitId),
  count: 1,
  achievements: null,
  entry: collectiveTitle,
  registered: true,
});
export const addCount = (itemId: string, count: number): AddItem => ({
  ...addUnit(itemId, ''),
  entryId: ADVANCED,
  candidate: null,
  count,
  registered: null,
});

export const added = (itemId: string, candidate: Candidate | null, registration: RuleCheck = 'MET', count = 1): DossierEvent => ({
  type: 'DossierItemAdded',
  data: { dossierId: DOSSIER, itemId, entryId: candidate ? EXCELLENT : ADVANCED, candidate, count, achievements: null, registration },
});
export const resolvedEvent = (itemId: string, named: [string, string][]): DossierEvent => ({
  type: 'DossierCountItemResolved',
  data: {
    dossierId: DOSSIER,
    itemId,
    named: named.map(([namedId, unitId]) => ({ itemId: namedId, candidate: unit(unitId), achievements: null, registration: 'MET' })),
  },
});

export const submitted: DossierEvent = { type: 'DossierSubmitted', data: { dossierId: DOSSIER } };
export const received: DossierEvent = { type: 'DossierReceived', data: { dossierId: DOSSIER } };
export const returned: DossierEvent = { type: 'DossierReturned', data: { dossierId: DOSSIER, reason: 'Thiếu báo cáo thành tích' } };
export const resubmitted: DossierEvent = { type: 'DossierResubmitted', data: { dossierId: DOSSIER } };

export const appraiseCommand = (itemId: string): AppraiseItem => ({
  type: 'AppraiseItem',
  dossierId: DOSSIER,
  itemId,
  verdict: 'APPROVED',
  reason: null,
  vote: null,
  approvalPercent: null,
  prerequisitesHeld: true,
});
export const approved = (itemId: string, prerequisites: RuleCheck = 'MET'): DossierEvent => ({
  type: 'DossierItemAppraised',
  data: { dossierId: DOSSIER, itemId, verdict: 'APPROVED', reason: null, vote: null, prerequisites },
});
export const rejected = (itemId: string): DossierEvent => ({
  type: 'DossierItemAppraised',
  data: { dossierId: DOSSIER, itemId, verdict: 'REJECTED', reason: 'Chưa đủ tiêu chuẩn', vote: null, prerequisites: 'NOT_APPLICABLE' },
});

export const decideCommand: DecideDossier = {
  type: 'DecideDossier',
  dossierId: DOSSIER,
  decisionNumber: ' 45/QĐ-VKSTC ',
  decisionDate: '2025-01-15',
  signer: ' Viện trưởng VKSND tối cao ',
  authority: 'PROSECUTOR_GENERAL',
  entries: { [EXCELLENT]: { decidedBy: ['PROSECUTOR_GENERAL'] }, [ADVANCED]: { decidedBy: ['PROVINCIAL_CHIEF'] } },
  capRoom: { [EXCELLENT]: 2 },
};
export const decided = (awards: { itemId: string; cap: RuleCheck }[]): DossierEvent => ({
  type: 'DossierDecided',
  data: {
    dossierId: DOSSIER,
    decisionNumber: '45/QĐ-VKSTC',
    decisionDate: '2025-01-15',
    signer: 'Viện trưởng VKSND tối cao',
    authority: 'PROSECUTOR_GENERAL',
    awards,
  },
});

/** Two units proposed for "Tập thể Lao động xuất sắc", received by the council. */
export const receivedTwo: DossierEvent[] = [
  drafted,
  added('m1', unit('vks-long-xuyen')),
  added('m2', unit('vks-chau-doc')),
  submitted,
  received,
];
/** Both approved. */
export const approvedTwo: DossierEvent[] = [...receivedTwo, approved('m1'), approved('m2')];
