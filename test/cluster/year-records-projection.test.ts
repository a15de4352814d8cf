import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { YearRecordsProjection } from '../../projections/cluster/year/year-records-projection';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new YearRecordsProjection());
const y = { clusterId: 'ag-2', year: 2022 };
const opened: ClusterYearEvent = { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] } };
const terms = {
  theme: 'Đoàn kết, kỷ cương',
  motto: null,
  commitments: ['Hoàn thành chỉ tiêu'],
  legalBases: ['15/HD-VKSTC'],
  ceremonyDate: '2022-02-24',
  hostUnitId: 'tan-chau',
  venue: null,
};

describe('YearRecordsProjection', () => {
  it('records nothing for a year never opened: a change to an unknown year is not invented', () =>
    given({ type: 'ScoresFinalized', data: y }).then((records) => expect(records.records('ag-2', 2022)).toBeUndefined()));

  it('a finalization locks the year, a reopening unlocks it with its reason, and each position keeps its answer', () =>
    given(
      opened,
      { type: 'ScoresFinalized', data: y },
      { type: 'ScoresReopened', data: { ...y, reason: 'Khiếu nại của Viện KSND huyện Tri Tôn' } },
    ).then((records) => {
      expect(records.records('ag-2', 2022, 1)?.finalized).toBe(false);
      expect(records.records('ag-2', 2022, 2)?.finalized).toBe(true);
      expect(records.records('ag-2', 2022)).toMatchObject({
        finalized: false,
        reopenings: [{ reason: 'Khiếu nại của Viện KSND huyện Tri Tôn' }],
      });
    }));

  it('an amendment changes the agreed terms and is listed; signatures follow; in force from its day', () =>
    given(
      opened,
      { type: 'AgreementDrafted', data: { ...y, ...terms } },
      { type: 'AgreementAmended', data: { ...y, changes: { venue: 'Hội trường VKSND tỉnh' }, note: 'Sửa tại lễ ký' } },
      {
        type: 'AgreementSigned',
        data: { ...y, unitId: 'tan-chau', signatoryName: 'Lê Văn Bình', signatoryPosition: 'Viện trưởng', signedOn: '2022-02-24' },
      },
      { type: 'AgreementInForce', data: { ...y, inForceOn: '2022-02-24' } },
    ).then((records) => {
      const agreement = records.records('ag-2', 2022)?.agreement;
      expect(agreement?.terms).toEqual({ ...terms, venue: 'Hội trường VKSND tỉnh' });
      expect(agreement?.amendments).toEqual([{ changes: { venue: 'Hội trường VKSND tỉnh' }, note: 'Sửa tại lễ ký' }]);
      expect(agreement?.signatures.map((s) => s.unitId)).toEqual(['tan-chau']);
      expect(agreement).toMatchObject({ inForce: true, inForceOn: '2022-02-24' });
      expect(records.records('ag-2', 2022, 2)?.agreement?.terms.venue).toBeNull();
    }));

  it('a withdrawn registration leaves the list; the adopted criteria set is named with its version', () =>
    given(
      opened,
      { type: 'TitleRegistered', data: { ...y, unitId: 'tan-chau', titleId: 'tap-the-xuat-sac' } },
      { type: 'TitleRegistered', data: { ...y, unitId: 'tri-ton', titleId: 'tap-the-tien-tien' } },
      { type: 'RegistrationWithdrawn', data: { ...y, unitId: 'tan-chau', titleId: 'tap-the-xuat-sac' } },
      { type: 'CriteriaSetAdopted', data: { ...y, criteriaSetId: 'qd-424', version: 2 } },
    ).then((records) => {
      expect(records.records('ag-2', 2022)?.registrations).toEqual([{ unitId: 'tri-ton', titleId: 'tap-the-tien-tien' }]);
      expect(records.records('ag-2', 2022, 3)?.registrations).toHaveLength(2);
      expect(records.records('ag-2', 2022)?.criteriaSet).toEqual({ criteriaSetId: 'qd-424', version: 2 });
    }));

  it('a vote collects ballots and closes with its tallies', () =>
    given(
      opened,
      { type: 'VoteOpened', data: { ...y, voteId: 'v1', titleId: 'tap-the-xuat-sac', candidateUnitIds: ['tan-chau'] } },
      { type: 'BallotCast', data: { ...y, voteId: 'v1', voterUnitId: 'tri-ton', approvedUnitIds: ['tan-chau'] } },
      { type: 'VoteClosed', data: { ...y, voteId: 'v1', eligibleVoters: 2, ballots: 1, tallies: [{ unitId: 'tan-chau', approvals: 1 }] } },
    ).then((records) => {
      expect(records.records('ag-2', 2022, 3)?.votes[0]).toMatchObject({ closed: false, ballots: [{ voterUnitId: 'tri-ton' }] });
      expect(records.records('ag-2', 2022)?.votes[0]).toMatchObject({
        closed: true,
        eligibleVoters: 2,
        tallies: [{ unitId: 'tan-chau', approvals: 1 }],
      });
    }));

  it("an award goes from proposed to decided to revoked, and is found among the unit's awards across years", () =>
    given(
      opened,
      { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2023, memberUnitIds: ['tan-chau'] } },
      { type: 'AwardProposed', data: { clusterId: 'ag-2', year: 2023, awardId: 'a2', unitId: 'tan-chau', titleId: 'tap-the-tien-tien' } },
      { type: 'AwardProposed', data: { ...y, awardId: 'a1', unitId: 'tan-chau', titleId: 'tap-the-xuat-sac' } },
      {
        type: 'AwardDecided',
        data: { ...y, awardId: 'a1', decisionNumber: '123/QĐ-VKSTC', decisionDate: '2023-01-10', signer: 'Viện trưởng' },
      },
      { type: 'AwardRevoked', data: { ...y, awardId: 'a1', grounds: 'Vi phạm phát hiện sau', revokedOn: '2023-06-01' } },
    ).then((records) => {
      expect(records.awardsOf('tan-chau').map((a) => [a.year, a.award.awardId, a.award.status])).toEqual([
        [2022, 'a1', 'REVOKED'],
        [2023, 'a2', 'PROPOSED'],
      ]);
      expect(records.awardsOf('tan-chau', 5).find((a) => a.award.awardId === 'a1')?.award).toMatchObject({
        status: 'DECIDED',
        decision: { decisionNumber: '123/QĐ-VKSTC' },
        revocation: null,
      });
      expect(records.records('ag-2', 2022)?.awards[0].revocation).toEqual({
        grounds: 'Vi phạm phát hiện sau',
        revokedOn: '2023-06-01',
        withAwardId: null,
      });
      expect(records.awardsOf('tri-ton')).toEqual([]);
    }));
});
