import type { DossierCommand } from '../../src/awards/domain/dossier/commands';
import { dossierDecider } from '../../src/awards/domain/dossier/decider';
import type { DossierEvent } from '../../src/awards/domain/dossier/events';
import { specification } from '../support/decider-specification';
import {
  CERTIFICATE,
  DOSSIER,
  EXCELLENT,
  addCount,
  addUnit,
  added,
  approved,
  appraiseCommand,
  collectiveTitle,
  decideCommand,
  decided,
  draftCommand,
  drafted,
  form,
  person,
  received,
  receivedTwo,
  resubmitted,
  returned,
  submitted,
  unit,
} from './dossier-fixtures';

const given = specification(dossierDecider);
const of = { dossierId: DOSSIER };

describe('award dossiers: the whole way, with a return and a resubmission', () => {
  const steps: [DossierCommand, DossierEvent[]][] = [
    [draftCommand, [drafted]],
    [addUnit('m1', 'vks-long-xuyen'), [added('m1', unit('vks-long-xuyen'))]],
    [{ type: 'SubmitDossier', ...of }, [submitted]],
    [{ type: 'ReceiveDossier', ...of }, [received]],
    [{ type: 'ReturnDossier', ...of, reason: ' Thiếu báo cáo thành tích ' }, [returned]],
    [
      { type: 'AttachDocument', ...of, documentId: 'bc-thanh-tich', documentRegistered: true },
      [{ type: 'DossierDocumentAttached', data: { ...of, documentId: 'bc-thanh-tich' } }],
    ],
    [{ type: 'ResubmitDossier', ...of }, [resubmitted]],
    [{ type: 'ReceiveDossier', ...of }, [received]],
    [appraiseCommand('m1'), [approved('m1')]],
    [
      { type: 'DraftDecision', ...of, decisionNumber: '  ' },
      [{ type: 'DossierDecisionDrafted', data: { ...of, decisionNumber: null, itemIds: ['m1'] } }],
    ],
    [decideCommand, [decided([{ itemId: 'm1', cap: 'MET' }])]],
  ];
  const history: DossierEvent[] = [];
  it.each(steps.map(([command, events], index) => ({ step: `${index + 1}. ${command.type}`, command, events })))(
    '$step',
    ({ command, events }) => {
      given([...history])
        .when(command)
        .then(events);
      history.push(...events);
    },
  );
});

describe('award dossiers: drafting and the order of steps', () => {
  it('refuses a second draft: DOSSIER_ALREADY_EXISTS', () =>
    given([drafted])
      .when(draftCommand)
      .thenThrows('DOSSIER_ALREADY_EXISTS', /hs-ag-2024/));
  it('drafts a council dossier carrying one forwarded as it, with the items approved there proposed again', () => {
    const carried = {
      itemId: 'm1',
      entryId: 'co-thi-dua-nganh',
      candidate: unit('tan-chau'),
      count: 1,
      achievements: 'Dẫn đầu Cụm',
      registration: 'MET' as const,
    };
    return given([])
      .when({ ...draftCommand, forwardedFrom: 'hs-huyen', forwardMatches: true, carriedItems: [carried] })
      .then([
        { ...drafted, data: { ...drafted.data, forwardedFrom: 'hs-huyen' } } as DossierEvent,
        { type: 'DossierItemAdded', data: { dossierId: DOSSIER, ...carried } },
      ]);
  });
  it('refuses a source not forwarded as it: FORWARD_TARGET_MISMATCH', () =>
    given([])
      .when({ ...draftCommand, forwardedFrom: 'hs-huyen', forwardMatches: false })
      .thenThrows('FORWARD_TARGET_MISMATCH', /hs-huyen/));
  it('refuses a memo date that is no date: DOSSIER_DATE_INVALID', () =>
    given([])
      .when({ ...draftCommand, memo: { ...draftCommand.memo, date: '2024-13' } })
      .thenThrows('DOSSIER_DATE_INVALID', /2024-13/));
  it.each<DossierCommand>([
    { type: 'SubmitDossier', ...of },
    { type: 'AmendMemo', ...of, memo: draftCommand.memo },
    { type: 'RevokeDossierAward', ...of, itemId: 'm1', grounds: 'x', revokedOn: '2025', dependentItemIds: [] },
  ])('refuses $type on a dossier never drafted: DOSSIER_NOT_FOUND', (command) =>
    given([])
      .when(command)
      .thenThrows('DOSSIER_NOT_FOUND', /hs-ag-2024/),
  );
  it('amends the memo while drafting, trimmed', () =>
    given([drafted])
      .when({ type: 'AmendMemo', ...of, memo: { number: '13/TTr-VKS', date: null, signer: ' Phó Viện trưởng ' } })
      .then([{ type: 'DossierMemoAmended', data: { ...of, memo: { number: '13/TTr-VKS', date: null, signer: 'Phó Viện trưởng' } } }]));
  it('names the status and the steps allowed when a step comes too early: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given([drafted, added('m1', unit('a')), submitted])
      .when({ type: 'AmendMemo', ...of, memo: draftCommand.memo })
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER', /"đã gửi, chờ tiếp nhận".*đính chính tờ trình.*tiếp nhận hồ sơ/));
  it('takes no item once received: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given(receivedTwo)
      .when(addUnit('m3', 'vks-tan-chau'))
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER', /"đã tiếp nhận"/));
  it('does not return a dossier not yet received: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given([drafted, added('m1', unit('a')), submitted])
      .when({ type: 'ReturnDossier', ...of, reason: 'Thiếu' })
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER'));
  it('refuses a blank return reason: RETURN_REASON_REQUIRED', () =>
    given(receivedTwo)
      .when({ type: 'ReturnDossier', ...of, reason: '   ' })
      .thenThrows('RETURN_REASON_REQUIRED'));
  it('sends nothing empty: DOSSIER_EMPTY', () =>
    given([drafted])
      .when({ type: 'SubmitDossier', ...of })
      .thenThrows('DOSSIER_EMPTY'));
  it('resends nothing emptied after a return: DOSSIER_EMPTY', () =>
    given([
      ...receivedTwo,
      returned,
      ...['m1', 'm2'].map((itemId): DossierEvent => ({ type: 'DossierItemRemoved', data: { ...of, itemId } })),
    ])
      .when({ type: 'ResubmitDossier', ...of })
      .thenThrows('DOSSIER_EMPTY'));
});

describe('award dossiers: items and documents', () => {
  it('adds a named unit, its achievements trimmed, its registration met', () =>
    given([drafted])
      .when({ ...addUnit('m1', 'vks-long-xuyen'), achievements: '  Hoàn thành xuất sắc nhiệm vụ ' })
      .then([
        {
          type: 'DossierItemAdded',
          data: {
            ...of,
            itemId: 'm1',
            entryId: EXCELLENT,
            candidate: unit('vks-long-xuyen'),
            count: 1,
            achievements: 'Hoàn thành xuất sắc nhiệm vụ',
            registration: 'MET',
          },
        },
      ]));
  it('records a registration not on record as NOT_ON_RECORD', () =>
    given([drafted])
      .when({ ...addUnit('m1', 'vks-long-xuyen'), registered: null })
      .then([added('m1', unit('vks-long-xuyen'), 'NOT_ON_RECORD')]));
  it('adds a count-only item, registration NOT_APPLICABLE', () =>
    given([drafted])
      .when(addCount('m9', 4))
      .then([added('m9', null, 'NOT_APPLICABLE', 4)]));
  it('checks no registration for a form: NOT_APPLICABLE', () =>
    given([drafted])
      .when({ ...addUnit('m1', 'nguyen-van-a'), entryId: CERTIFICATE, candidate: person('nguyen-van-a'), entry: form, registered: false })
      .then([
        {
          type: 'DossierItemAdded',
          data: {
            ...of,
            itemId: 'm1',
            entryId: CERTIFICATE,
            candidate: person('nguyen-van-a'),
            count: 1,
            achievements: null,
            registration: 'NOT_APPLICABLE',
          },
        },
      ]));
  it('adds items again once returned', () =>
    given([...receivedTwo, returned])
      .when(addUnit('m3', 'vks-tan-chau'))
      .then([added('m3', unit('vks-tan-chau'))]));
  it('refuses a used item id: DOSSIER_ITEM_ALREADY_EXISTS', () =>
    given([drafted, added('m1', unit('a'))])
      .when(addUnit('m1', 'b'))
      .thenThrows('DOSSIER_ITEM_ALREADY_EXISTS', /m1/));
  it('refuses the same candidate twice for one entry: CANDIDATE_ALREADY_PROPOSED', () =>
    given([drafted, added('m1', unit('a'))])
      .when(addUnit('m2', 'a'))
      .thenThrows('CANDIDATE_ALREADY_PROPOSED', /"m1"/));
  it('refuses an entry not in the catalogue: AWARD_ENTRY_NOT_FOUND', () =>
    given([drafted])
      .when({ ...addUnit('m1', 'a'), entryId: 'khong-co', entry: { ...collectiveTitle, known: false } })
      .thenThrows('AWARD_ENTRY_NOT_FOUND', /khong-co/));
  it('refuses a collective title for a person: AWARD_NOT_FOR_RECIPIENT', () =>
    given([drafted])
      .when({ ...addUnit('m1', 'a'), candidate: person('nguyen-van-a') })
      .thenThrows('AWARD_NOT_FOR_RECIPIENT', /tập thể.*cá nhân "nguyen-van-a"/));
  it('refuses a title the unit did not register for: CANDIDATE_NOT_REGISTERED', () =>
    given([drafted])
      .when({ ...addUnit('m1', 'a'), registered: false })
      .thenThrows('CANDIDATE_NOT_REGISTERED', /2024/));
  it.each([
    ['a count below 1', addCount('m1', 0)],
    ['a count that is not whole', addCount('m1', 1.5)],
    ['a named item counting 2', { ...addUnit('m1', 'a'), count: 2 }],
  ])('refuses %s: ITEM_COUNT_INVALID', (_, command) => given([drafted]).when(command).thenThrows('ITEM_COUNT_INVALID'));
  it('removes an item', () =>
    given([drafted, added('m1', unit('a'))])
      .when({ type: 'RemoveItem', ...of, itemId: 'm1' })
      .then([{ type: 'DossierItemRemoved', data: { ...of, itemId: 'm1' } }]));
  it('refuses to remove an unknown item: DOSSIER_ITEM_NOT_FOUND', () =>
    given([drafted])
      .when({ type: 'RemoveItem', ...of, itemId: 'm7' })
      .thenThrows('DOSSIER_ITEM_NOT_FOUND', /m7/));
  it('refuses an unregistered document: DOCUMENT_NOT_FOUND', () =>
    given([drafted])
      .when({ type: 'AttachDocument', ...of, documentId: 'bb-hop', documentRegistered: false })
      .thenThrows('DOCUMENT_NOT_FOUND', /bb-hop/));
  it('records nothing when the document is already attached', () =>
    given([drafted, { type: 'DossierDocumentAttached', data: { ...of, documentId: 'bb-hop' } }])
      .when({ type: 'AttachDocument', ...of, documentId: 'bb-hop', documentRegistered: true })
      .then([]));
});
