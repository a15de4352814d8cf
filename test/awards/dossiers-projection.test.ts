import { DossiersProjection } from '../../projections/awards/dossiers-projection';
import type { Candidate } from '../../src/awards/domain/dossier/parties';
import type { EventMetadata } from '../../src/eventstore/port';
import { specificationOf, type Given } from '../support/projection-specification';

const given = specificationOf(() => new DossiersProjection());

const drafted = (dossierId: string, year: number, proposerId: string, addresseeId: string): Given => ({
  type: 'DossierDrafted',
  data: {
    dossierId,
    year,
    proposer: { kind: 'CLUSTER', id: proposerId },
    addressee: { kind: 'COUNCIL', id: addresseeId },
    memo: { number: `${dossierId}/TTr`, date: `${year}-11`, signer: 'Trưởng cụm' },
    forwardedFrom: null,
  },
});
const added = (dossierId: string, itemId: string, entryId: string, candidate: Candidate | null, count = 1): Given => ({
  type: 'DossierItemAdded',
  data: { dossierId, itemId, entryId, candidate, count, achievements: null, registration: 'MET' },
});
const transition = (
  type: 'DossierSubmitted' | 'DossierReceived' | 'DossierResubmitted',
  dossierId: string,
  metadata?: EventMetadata,
): Given => ({ type, data: { dossierId }, metadata });
const returned = (dossierId: string, reason: string): Given => ({ type: 'DossierReturned', data: { dossierId, reason } });
const appraised = (dossierId: string, itemId: string, verdict: 'APPROVED' | 'REJECTED', reason: string | null): Given => ({
  type: 'DossierItemAppraised',
  data: { dossierId, itemId, verdict, reason, vote: { approvals: 9, eligibleVoters: 11 }, prerequisites: 'MET' },
});
const decided = (dossierId: string, decisionNumber: string, decisionDate: string, itemIds: string[]): Given => ({
  type: 'DossierDecided',
  data: {
    dossierId,
    decisionNumber,
    decisionDate,
    signer: 'Viện trưởng',
    authority: 'VKSND tối cao',
    awards: itemIds.map((itemId) => ({ itemId, cap: 'MET' as const })),
  },
});
const revoked = (dossierId: string, itemId: string, grounds: string, withItemId?: string): Given => ({
  type: 'DossierAwardRevoked',
  data: { dossierId, itemId, grounds, revokedOn: '2025-06-01', withItemId },
});
const resolved = (dossierId: string, itemId: string, named: { itemId: string; candidate: Candidate }[]): Given => ({
  type: 'DossierCountItemResolved',
  data: { dossierId, itemId, named: named.map((n) => ({ ...n, achievements: 'Hoàn thành xuất sắc', registration: 'MET' as const })) },
});

const person = (id: string): Candidate => ({ kind: 'PERSON', id });
const unit = (id: string): Candidate => ({ kind: 'UNIT', id });
const COUNCIL_OFFICER = { id: 'thu-ky-hd', name: 'Trần Thị Bình', role: 'COUNCIL', unitId: 'vkstc' };

const wholePath = [
  drafted('hs-1', 2024, 'cum-1', 'hd-nganh'),
  added('hs-1', 'm-1', 'cstd-co-so', person('nguyen-van-a')),
  transition('DossierSubmitted', 'hs-1'),
  transition('DossierReceived', 'hs-1', { actor: COUNCIL_OFFICER }),
  returned('hs-1', 'Thiếu biên bản họp Hội đồng cụm'),
  transition('DossierResubmitted', 'hs-1'),
  transition('DossierReceived', 'hs-1', { actor: COUNCIL_OFFICER }),
  appraised('hs-1', 'm-1', 'APPROVED', null),
  decided('hs-1', '15/QĐ-VKSTC', '2025-01-10', ['m-1']),
];

describe('dossiers projection', () => {
  it('follows a dossier from draft to decision, each step with its actor, time and reason', () =>
    given(...wholePath).then((model) => {
      const dossier = model.dossier('hs-1')!;
      expect(dossier).toMatchObject({
        status: 'DECIDED',
        decision: { decisionNumber: '15/QĐ-VKSTC', decisionDate: '2025-01-10', signer: 'Viện trưởng', authority: 'VKSND tối cao' },
        proposer: { kind: 'CLUSTER', id: 'cum-1' },
      });
      expect(dossier.items).toEqual([
        {
          itemId: 'm-1',
          entryId: 'cstd-co-so',
          candidate: person('nguyen-van-a'),
          count: 1,
          achievements: null,
          registration: 'MET',
          verdict: 'APPROVED',
          verdictReason: null,
          vote: { approvals: 9, eligibleVoters: 11 },
          prerequisites: 'MET',
          award: { decisionNumber: '15/QĐ-VKSTC', decisionDate: '2025-01-10', signer: 'Viện trưởng', cap: 'MET' },
          revoked: null,
          resolvedFrom: null,
        },
      ]);
      expect(dossier.history.map(({ step, position, reason, itemId }) => [step, position, reason, itemId])).toEqual([
        ['Drafted', 1, null, null],
        ['ItemAdded', 2, null, 'm-1'],
        ['Submitted', 3, null, null],
        ['Received', 4, null, null],
        ['Returned', 5, 'Thiếu biên bản họp Hội đồng cụm', null],
        ['Resubmitted', 6, null, null],
        ['Received', 7, null, null],
        ['ItemAppraised', 8, null, 'm-1'],
        ['Decided', 9, null, null],
      ]);
      expect(dossier.history[0]).toMatchObject({
        recordedAt: '2023-01-01T00:00:01.000Z',
        actor: { id: 'can-bo-1', name: 'Nguyễn Văn An' },
      });
      expect(dossier.history[3].actor).toEqual(COUNCIL_OFFICER);
    }));

  it('answers asOf: the dossier as it stood at an earlier position, with the steps taken by then', () =>
    given(...wholePath).then((model) => {
      expect(model.dossier('hs-1', 5)).toMatchObject({ status: 'RETURNED', decision: null });
      expect(model.dossier('hs-1', 5)!.history.map((s) => s.step)).toEqual(['Drafted', 'ItemAdded', 'Submitted', 'Received', 'Returned']);
      expect(model.dossier('hs-1', 3)!.status).toBe('SUBMITTED');
      expect(model.dossier('hs-1', 8)!.items[0]).toMatchObject({ verdict: 'APPROVED', award: null });
      expect(model.dossier('hs-1', 1)).toMatchObject({ status: 'DRAFT', items: [] });
      expect(model.dossier('hs-1', 0)).toBeUndefined();
    }));

  it('names candidates for a count-only item: named items follow it, and it keeps what is left, down to 0', () =>
    given(
      drafted('hs-2', 2024, 'cum-1', 'hd-nganh'),
      added('hs-2', 'tt-1', 'tap-the-lao-dong-xuat-sac', null, 3),
      resolved('hs-2', 'tt-1', [
        { itemId: 'tt-1a', candidate: unit('vks-tan-chau') },
        { itemId: 'tt-1b', candidate: unit('vks-chau-doc') },
      ]),
      resolved('hs-2', 'tt-1', [{ itemId: 'tt-1c', candidate: unit('vks-long-xuyen') }]),
      added('hs-2', 'tt-2', 'giay-khen', null, 2),
      decided('hs-2', '20/QĐ-VKSTC', '2025-01-15', ['tt-1a', 'tt-1b', 'tt-1c', 'tt-2']),
    ).then((model) => {
      const items = (at: number | 'current') =>
        model.dossier('hs-2', at)!.items.map(({ itemId, count, resolvedFrom }) => [itemId, count, resolvedFrom]);
      expect(items(3)).toEqual([
        ['tt-1', 1, null],
        ['tt-1a', 1, 'tt-1'],
        ['tt-1b', 1, 'tt-1'],
      ]);
      expect(items('current')).toEqual([
        ['tt-1', 0, null],
        ['tt-1a', 1, 'tt-1'],
        ['tt-1b', 1, 'tt-1'],
        ['tt-1c', 1, 'tt-1'],
        ['tt-2', 2, null],
      ]);
      expect(model.dossier('hs-2')!.items[1]).toMatchObject({ entryId: 'tap-the-lao-dong-xuat-sac', candidate: unit('vks-tan-chau') });
      expect(model.dossier('hs-2')!.history[2]).toMatchObject({ step: 'CountItemResolved', itemId: 'tt-1' });
      expect(model.awardsOf(unit('vks-chau-doc')).map((a) => a.itemId)).toEqual(['tt-1b']);
      expect(model.awards({ candidateKind: 'UNIT' }).map((a) => a.itemId)).toEqual(['tt-1a', 'tt-1b', 'tt-1c']);
      expect(model.awards({}).at(-1)).toMatchObject({ itemId: 'tt-2', entryId: 'giay-khen', candidate: null, count: 2 });
    }));

  describe('lists', () => {
    const dossiers = [
      drafted('hs-a', 2023, 'cum-1', 'hd-nganh'),
      transition('DossierSubmitted', 'hs-a'),
      drafted('hs-b', 2024, 'cum-1', 'hd-tinh'),
      drafted('hs-c', 2024, 'cum-2', 'hd-nganh'),
      transition('DossierSubmitted', 'hs-c'),
      transition('DossierReceived', 'hs-c'),
      drafted('hs-d', 2024, 'cum-2', 'hd-nganh'),
      transition('DossierSubmitted', 'hs-d'),
      returned('hs-d', 'Sai mẫu tờ trình'),
    ];
    const ids = (views: { dossierId: string }[]) => views.map((v) => v.dossierId);

    it('filters by proposer, addressee, status and year, the latest year first', () =>
      given(...dossiers).then((model) => {
        expect(ids(model.dossiers({ proposerId: 'cum-1' }))).toEqual(['hs-b', 'hs-a']);
        expect(ids(model.dossiers({ addresseeId: 'hd-nganh' }))).toEqual(['hs-c', 'hs-d', 'hs-a']);
        expect(ids(model.dossiers({ status: 'SUBMITTED' }))).toEqual(['hs-a']);
        expect(ids(model.dossiers({ year: 2024 }))).toEqual(['hs-b', 'hs-c', 'hs-d']);
        expect(ids(model.dossiers({ addresseeId: 'hd-nganh', year: 2024, status: 'RETURNED' }))).toEqual(['hs-d']);
        expect(ids(model.dossiers({}))).toEqual(['hs-b', 'hs-c', 'hs-d', 'hs-a']);
        expect(ids(model.dossiers({ proposerId: 'cum-9' }))).toEqual([]);
        expect(ids(model.dossiers({ status: 'SUBMITTED' }, 8))).toEqual(['hs-d', 'hs-a']);
      }));

    it("keeps in an addressee's inbox what was sent to it and not yet returned or decided", () =>
      given(...dossiers).then((model) => {
        expect(ids(model.inbox('hd-nganh'))).toEqual(['hs-c', 'hs-a']);
        expect(ids(model.inbox('hd-nganh', 8))).toEqual(['hs-c', 'hs-d', 'hs-a']);
        expect(ids(model.inbox('hd-tinh'))).toEqual([]);
      }));
  });

  it("gives a candidate's awards over the years, oldest first, a revoked one marked with the dependant it took", () =>
    given(
      drafted('hs-2024', 2024, 'cum-1', 'hd-nganh'),
      added('hs-2024', 'm-2', 'cstd-nganh', person('nguyen-van-a')),
      added('hs-2024', 'm-3', 'bang-khen', person('nguyen-van-a')),
      added('hs-2024', 'm-4', 'bang-khen', person('tran-thi-b')),
      added('hs-2024', 'm-5', 'cstd-toan-quoc', person('nguyen-van-a')),
      appraised('hs-2024', 'm-5', 'REJECTED', 'Chưa đủ tỷ lệ phiếu tín nhiệm'),
      decided('hs-2024', '30/QĐ-VKSTC', '2025-01-20', ['m-2', 'm-3', 'm-4']),
      drafted('hs-2023', 2023, 'cum-1', 'hd-nganh'),
      added('hs-2023', 'm-1', 'cstd-co-so', person('nguyen-van-a')),
      decided('hs-2023', '12/QĐ-VKSTC', '2024-01-12', ['m-1']),
      revoked('hs-2023', 'm-1', 'Kê khai thành tích không đúng'),
      revoked('hs-2024', 'm-2', 'Chiến sĩ thi đua cơ sở đã bị hủy', 'm-1'),
    ).then((model) => {
      const awards = model.awardsOf(person('nguyen-van-a'));
      expect(awards.map(({ year, itemId, decisionNumber }) => [year, itemId, decisionNumber])).toEqual([
        [2023, 'm-1', '12/QĐ-VKSTC'],
        [2024, 'm-2', '30/QĐ-VKSTC'],
        [2024, 'm-3', '30/QĐ-VKSTC'],
      ]);
      expect(awards.map((a) => a.revoked)).toEqual([
        { grounds: 'Kê khai thành tích không đúng', revokedOn: '2025-06-01', withItemId: null },
        { grounds: 'Chiến sĩ thi đua cơ sở đã bị hủy', revokedOn: '2025-06-01', withItemId: 'm-1' },
        null,
      ]);
      expect(awards[0]).toMatchObject({ entryId: 'cstd-co-so', decisionDate: '2024-01-12', signer: 'Viện trưởng' });
      expect(model.dossier('hs-2024')!.history[5]).toMatchObject({
        step: 'ItemAppraised',
        reason: 'Chưa đủ tỷ lệ phiếu tín nhiệm',
        itemId: 'm-5',
      });
      expect(model.dossier('hs-2024')!.history.at(-1)).toMatchObject({
        step: 'AwardRevoked',
        reason: 'Chiến sĩ thi đua cơ sở đã bị hủy',
        itemId: 'm-2',
      });
      expect(model.awardsOf(person('nguyen-van-a'), 11).map((a) => a.revoked)).toEqual([expect.anything(), null, null]);
      expect(model.awardsOf(person('nguyen-van-a'), 9).map((a) => a.itemId)).toEqual(['m-2', 'm-3']);
      expect(model.awardsOf(unit('nguyen-van-a'))).toEqual([]);
      expect(model.awards({ entryId: 'bang-khen' }).map((a) => a.itemId)).toEqual(['m-3', 'm-4']);
      expect(model.awards({ year: 2023 }).map((a) => a.itemId)).toEqual(['m-1']);
    }));
});
