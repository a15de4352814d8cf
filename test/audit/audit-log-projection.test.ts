import { AuditLogProjection } from '../../projections/audit/audit-log-projection';
import { specificationOf, type Given } from '../support/projection-specification';

const given = specificationOf(() => new AuditLogProjection());
const y = { clusterId: 'ag-2', year: 2022 };
const by = (id: string) => ({ actor: { id, name: null, role: 'CLUSTER_OFFICER', unitId: null } });

const year: Given[] = [
  { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] }, metadata: by('to-truong') },
  {
    type: 'ChairRotated',
    data: { ...y, chairUnitId: 'tri-ton', viceChairUnitId: null, previousChairUnitId: null },
    metadata: by('to-truong'),
  },
  { type: 'AwardProposed', data: { ...y, awardId: 'a1', unitId: 'tan-chau', titleId: 'tap-the-xuat-sac' }, metadata: by('cum-truong') },
  { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2023, memberUnitIds: ['tri-ton'] }, metadata: by('to-truong') },
  {
    type: 'AwardDecided',
    data: { ...y, awardId: 'a1', decisionNumber: '12/QĐ', decisionDate: '2023-01-10', signer: 'Viện trưởng' },
    metadata: by('vien-truong'),
  },
];

describe('AuditLogProjection', () => {
  it("finds an award's later events under the unit it was proposed for, though they name only the award", () =>
    given(...year).then((audit) => expect(audit.page({ unitId: 'tan-chau' }, 10, false, null).positions).toEqual([1, 3, 5])));

  it('combines filters: actor, year and event type must all hold', () =>
    given(...year).then((audit) => {
      expect(audit.page({ actorId: 'to-truong', year: 2022 }, 10, false, null).positions).toEqual([1, 2]);
      expect(audit.page({ eventType: 'ClusterYearOpened', year: 2023 }, 10, false, null).positions).toEqual([4]);
      expect(audit.page({ unitId: 'tri-ton', actorId: 'vien-truong' }, 10, false, null).positions).toEqual([]);
    }));

  it("knows each actor's latest name at any position; a token without a name does not erase it", () => {
    const named = (name: string | null) => ({ actor: { id: 'nguyen-van-a', name, role: 'ADMIN', unitId: null } });
    const opened = (year: number) => ({ clusterId: 'ag-2', year, memberUnitIds: ['tan-chau'] });
    return given(
      { type: 'ClusterYearOpened', data: opened(2022), metadata: by('to-truong') },
      { type: 'ClusterYearOpened', data: opened(2023), metadata: named('Nguyễn Văn A') },
      { type: 'ClusterYearOpened', data: opened(2024), metadata: named(null) },
      { type: 'ClusterYearOpened', data: opened(2025), metadata: named('Nguyễn Văn A (Phó Viện trưởng)') },
    ).then((audit) => {
      expect([1, 2, 3, 4].map((at) => audit.nameOf('nguyen-van-a', at))).toEqual([
        null,
        'Nguyễn Văn A',
        'Nguyễn Văn A',
        'Nguyễn Văn A (Phó Viện trưởng)',
      ]);
      expect(audit.nameOf('nguyen-van-a', 'current')).toBe('Nguyễn Văn A (Phó Viện trưởng)');
      expect(audit.nameOf('to-truong', 'current')).toBeNull();
    });
  });

  it('pages newest first from a cursor, says whether more remain, and keeps to the position bounds', () =>
    given(...year).then((audit) => {
      expect(audit.page({ clusterId: 'ag-2' }, 2, true, null)).toEqual({ positions: [5, 4], hasMore: true });
      expect(audit.page({ clusterId: 'ag-2' }, 2, true, 4)).toEqual({ positions: [3, 2], hasMore: true });
      expect(audit.page({ clusterId: 'ag-2' }, 2, true, 2)).toEqual({ positions: [1], hasMore: false });
      expect(audit.page({ fromPosition: 2, toPosition: 3 }, 10, false, null)).toEqual({ positions: [2, 3], hasMore: false });
    }));
});
