import type { AppraiseItem, RevokeDossierAward } from '../../src/awards/domain/dossier/commands';
import { dossierDecider } from '../../src/awards/domain/dossier/decider';
import type { DossierEvent } from '../../src/awards/domain/dossier/events';
import { specification } from '../support/decider-specification';
import {
  DOSSIER,
  added,
  appraiseCommand,
  approved,
  approvedTwo,
  decideCommand,
  decided,
  drafted,
  receivedTwo,
  rejected,
  submitted,
  received,
} from './dossier-fixtures';

const given = specification(dossierDecider);
const of = { dossierId: DOSSIER };
const appraise = (changes: Partial<AppraiseItem>): AppraiseItem => ({ ...appraiseCommand('m1'), ...changes });
const appraised = (data: Partial<Extract<DossierEvent, { type: 'DossierItemAppraised' }>['data']>): DossierEvent => ({
  type: 'DossierItemAppraised',
  data: { ...of, itemId: 'm1', verdict: 'APPROVED', reason: null, vote: null, prerequisites: 'MET', ...data },
});
const withCount = [drafted, added('m1', null, 'NOT_APPLICABLE', 4), submitted, received];

describe('award dossiers: appraisal', () => {
  it('approves with a vote reaching exactly the share', () =>
    given(receivedTwo)
      .when(appraise({ vote: { approvals: 3, eligibleVoters: 4 }, approvalPercent: 75 }))
      .then([appraised({ vote: { approvals: 3, eligibleVoters: 4 } })]));
  it('refuses a vote below the share: APPROVAL_TOO_LOW', () =>
    given(receivedTwo)
      .when(appraise({ vote: { approvals: 2, eligibleVoters: 3 }, approvalPercent: 70 }))
      .thenThrows('APPROVAL_TOO_LOW', /2\/3.*70%/));
  it.each([
    { approvals: 5, eligibleVoters: 4 },
    { approvals: 0, eligibleVoters: 0 },
  ])('refuses the vote $approvals/$eligibleVoters: VOTE_INVALID', (vote) =>
    given(receivedTwo).when(appraise({ vote })).thenThrows('VOTE_INVALID'),
  );
  it('rejects with a reason; prerequisites do not apply', () =>
    given(receivedTwo)
      .when(appraise({ verdict: 'REJECTED', reason: ' Chưa đủ tiêu chuẩn ', prerequisitesHeld: false }))
      .then([appraised({ verdict: 'REJECTED', reason: 'Chưa đủ tiêu chuẩn', prerequisites: 'NOT_APPLICABLE' })]));
  it('refuses a rejection without a reason: REJECTION_REASON_REQUIRED', () =>
    given(receivedTwo)
      .when(appraise({ verdict: 'REJECTED', reason: '  ' }))
      .thenThrows('REJECTION_REASON_REQUIRED', /m1/));
  it('refuses to change a verdict without a reason: VERDICT_CHANGE_REASON_REQUIRED', () =>
    given([...receivedTwo, approved('m1')])
      .when(appraise({ verdict: 'REJECTED' }))
      .thenThrows('VERDICT_CHANGE_REASON_REQUIRED', /đồng ý/));
  it('changes a verdict with a reason', () =>
    given([...receivedTwo, rejected('m1')])
      .when(appraise({ reason: 'Bổ sung thành tích' }))
      .then([appraised({ reason: 'Bổ sung thành tích' })]));
  it('refuses a candidate without the prerequisite: PREREQUISITE_NOT_HELD', () =>
    given(receivedTwo)
      .when(appraise({ prerequisitesHeld: false }))
      .thenThrows('PREREQUISITE_NOT_HELD', /vks-long-xuyen/));
  it('records prerequisites not on record', () =>
    given(receivedTwo)
      .when(appraise({ prerequisitesHeld: null }))
      .then([appraised({ prerequisites: 'NOT_ON_RECORD' })]));
  it('records prerequisites of a count-only item as NOT_APPLICABLE', () =>
    given(withCount)
      .when(appraise({ prerequisitesHeld: false }))
      .then([appraised({ prerequisites: 'NOT_APPLICABLE' })]));
  it('refuses an unknown item: DOSSIER_ITEM_NOT_FOUND', () =>
    given(receivedTwo)
      .when(appraise({ itemId: 'm7' }))
      .thenThrows('DOSSIER_ITEM_NOT_FOUND', /m7/));
  it('appraises only a received dossier: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given(receivedTwo.slice(0, -1))
      .when(appraise({}))
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER', /tiếp nhận hồ sơ/));
});

const forward = {
  type: 'ForwardDossier',
  ...of,
  forwardedAs: 'hs-hd-ag-2024',
  addressee: { kind: 'COUNCIL', id: 'hdtdkt-nganh' },
} as const;

describe('award dossiers: forwarding up', () => {
  it('forwards the approved items, named or count-only, not the rejected', () =>
    given([
      ...withCount.slice(0, 2),
      added('m2', { kind: 'UNIT', id: 'a' }),
      added('m3', { kind: 'UNIT', id: 'b' }),
      submitted,
      received,
      approved('m1', 'NOT_APPLICABLE'),
      approved('m2'),
      rejected('m3'),
    ])
      .when(forward)
      .then([
        { type: 'DossierForwarded', data: { ...of, forwardedAs: 'hs-hd-ag-2024', addressee: forward.addressee, itemIds: ['m1', 'm2'] } },
      ]));
  it('forwards nothing rejected: NOTHING_APPROVED', () =>
    given([...receivedTwo, rejected('m1'), rejected('m2')])
      .when(forward)
      .thenThrows('NOTHING_APPROVED', /đề nghị lên cấp trên/));
  it('waits for every verdict: DOSSIER_ITEMS_NOT_APPRAISED', () =>
    given([...receivedTwo, approved('m1')])
      .when(forward)
      .thenThrows('DOSSIER_ITEMS_NOT_APPRAISED', /"m2"/));
  it('takes no step once forwarded, naming the dossier it lives on as: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given([
      ...approvedTwo,
      { type: 'DossierForwarded', data: { ...of, forwardedAs: 'hs-hd-ag-2024', addressee: forward.addressee, itemIds: ['m1', 'm2'] } },
    ])
      .when(decideCommand)
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER', /hs-hd-ag-2024/));
});

const drafting: DossierEvent = { type: 'DossierDecisionDrafted', data: { ...of, decisionNumber: null, itemIds: ['m1', 'm2'] } };

describe('award dossiers: the decision', () => {
  it('decides a drafted decision with cap room exactly enough', () =>
    given([...approvedTwo, drafting])
      .when(decideCommand)
      .then([
        decided([
          { itemId: 'm1', cap: 'MET' },
          { itemId: 'm2', cap: 'MET' },
        ]),
      ]));
  it('refuses cap room one short: CAP_EXCEEDED', () =>
    given([...approvedTwo, drafting])
      .when({ ...decideCommand, capRoom: { 'tap-the-lao-dong-xuat-sac': 1 } })
      .thenThrows('CAP_EXCEEDED', /còn 1 suất.*quyết định 2/));
  it('records a cap not on record, and no cap as not applicable', () =>
    given([...approvedTwo, rejected('m2')])
      .when({ ...decideCommand, capRoom: { 'tap-the-lao-dong-xuat-sac': null } })
      .then([decided([{ itemId: 'm1', cap: 'NOT_ON_RECORD' }])]));
  it('decides straight from RECEIVED, an entry with no cap NOT_APPLICABLE', () =>
    given(approvedTwo)
      .when({ ...decideCommand, capRoom: {} })
      .then([
        decided([
          { itemId: 'm1', cap: 'NOT_APPLICABLE' },
          { itemId: 'm2', cap: 'NOT_APPLICABLE' },
        ]),
      ]));
  it('refuses a level the entry is not decided at: DECIDING_LEVEL_NOT_ALLOWED', () =>
    given(approvedTwo)
      .when({ ...decideCommand, authority: 'PROVINCIAL_CHIEF' })
      .thenThrows('DECIDING_LEVEL_NOT_ALLOWED', /Viện trưởng VKSND tối cao.*không phải Viện trưởng VKSND cấp tỉnh/));
  it('refuses an entry whose facts were not gathered: AWARD_ENTRY_NOT_FOUND', () =>
    given(approvedTwo)
      .when({ ...decideCommand, entries: {} })
      .thenThrows('AWARD_ENTRY_NOT_FOUND'));
  it('refuses a blank decision number: DECISION_NUMBER_REQUIRED', () =>
    given(approvedTwo)
      .when({ ...decideCommand, decisionNumber: ' ' })
      .thenThrows('DECISION_NUMBER_REQUIRED'));
  it('refuses a decision date that is no date: DOSSIER_DATE_INVALID', () =>
    given(approvedTwo)
      .when({ ...decideCommand, decisionDate: '31/02/2025' })
      .thenThrows('DOSSIER_DATE_INVALID'));
  it('refuses an approved count-only item: COUNT_ITEM_UNRESOLVED', () =>
    given([...withCount, approved('m1', 'NOT_APPLICABLE')])
      .when(decideCommand)
      .thenThrows('COUNT_ITEM_UNRESOLVED', /4 suất/));
  it('refuses drafting with a count-only item approved: COUNT_ITEM_UNRESOLVED', () =>
    given([...withCount, approved('m1', 'NOT_APPLICABLE')])
      .when({ type: 'DraftDecision', ...of, decisionNumber: null })
      .thenThrows('COUNT_ITEM_UNRESOLVED'));
  it('refuses deciding nothing approved: NOTHING_APPROVED', () =>
    given([...receivedTwo, rejected('m1'), rejected('m2')])
      .when(decideCommand)
      .thenThrows('NOTHING_APPROVED'));
  it('refuses drafting nothing approved: NOTHING_APPROVED', () =>
    given([...receivedTwo, rejected('m1'), rejected('m2')])
      .when({ type: 'DraftDecision', ...of, decisionNumber: null })
      .thenThrows('NOTHING_APPROVED'));
  it('decides once: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given([
      ...approvedTwo,
      decided([
        { itemId: 'm1', cap: 'MET' },
        { itemId: 'm2', cap: 'MET' },
      ]),
    ])
      .when(decideCommand)
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER', /hủy bỏ khen thưởng/));
});

const revoke: RevokeDossierAward = {
  type: 'RevokeDossierAward',
  ...of,
  itemId: 'm1',
  grounds: ' Kê khai thành tích không đúng ',
  revokedOn: '2025-06',
  dependentItemIds: ['m2'],
};
const decidedTwo = [
  ...approvedTwo,
  decided([
    { itemId: 'm1', cap: 'MET' },
    { itemId: 'm2', cap: 'MET' },
  ]),
];
const revoked = (itemId: string, withItemId?: string): DossierEvent => ({
  type: 'DossierAwardRevoked',
  data: { ...of, itemId, grounds: 'Kê khai thành tích không đúng', revokedOn: '2025-06', ...(withItemId ? { withItemId } : {}) },
});

describe('award dossiers: revoking an award', () => {
  it('revokes the award and its dependant with it', () =>
    given(decidedTwo)
      .when(revoke)
      .then([revoked('m1'), revoked('m2', 'm1')]));
  it('does not revoke a dependant twice', () =>
    given([...decidedTwo, revoked('m2')])
      .when(revoke)
      .then([revoked('m1')]));
  it('refuses blank grounds: REVOKE_GROUNDS_REQUIRED', () =>
    given(decidedTwo)
      .when({ ...revoke, grounds: '  ' })
      .thenThrows('REVOKE_GROUNDS_REQUIRED', /m1/));
  it('refuses an award revoked already: AWARD_ALREADY_REVOKED', () =>
    given([...decidedTwo, revoked('m1')])
      .when(revoke)
      .thenThrows('AWARD_ALREADY_REVOKED', /2025-06/));
  it('refuses an item never awarded: AWARD_NOT_DECIDED', () =>
    given([...receivedTwo, approved('m1'), rejected('m2'), decided([{ itemId: 'm1', cap: 'MET' }])])
      .when({ ...revoke, itemId: 'm2', dependentItemIds: [] })
      .thenThrows('AWARD_NOT_DECIDED', /m2/));
  it('refuses a dependant never awarded: AWARD_NOT_DECIDED', () =>
    given([...receivedTwo, approved('m1'), rejected('m2'), decided([{ itemId: 'm1', cap: 'MET' }])])
      .when(revoke)
      .thenThrows('AWARD_NOT_DECIDED', /m2/));
  it('revokes only after a decision: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given(approvedTwo).when(revoke).thenThrows('DOSSIER_STEP_OUT_OF_ORDER'));
});
