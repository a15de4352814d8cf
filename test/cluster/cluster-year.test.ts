import type { OpenClusterYear, RotateChair } from '../../src/cluster/domain/year/commands';
import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ChairRotated, ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { lifespan } from '../../src/unit/domain/lifespan';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { specification } from '../support/decider-specification';

const given = specification(clusterYearDecider);
const y = { clusterId: 'ag-cum-2', year: 2022 };

const open: OpenClusterYear = {
  type: 'OpenClusterYear',
  ...y,
  memberUnitIds: ['tan-chau', 'tri-ton', 'an-phu'],
  clusterFormed: true,
  unregisteredUnitIds: [],
  lifespans: {},
};
const opened: ClusterYearEvent = { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton', 'an-phu'] } };
const rotate: RotateChair = {
  type: 'RotateChair',
  ...y,
  chairUnitId: 'tan-chau',
  viceChairUnitId: 'tri-ton',
  previousChairUnitId: null,
  previousYearIneligibleUnitIds: [],
};
const rotated: ChairRotated = {
  type: 'ChairRotated',
  data: { ...y, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton', previousChairUnitId: null },
};

describe('cluster year: OpenClusterYear', () => {
  it('opens the year with its members', () => given([]).when(open).then([opened]));
  it('opens a year once: YEAR_ALREADY_OPEN', () => given([opened]).when(open).thenThrows('YEAR_ALREADY_OPEN'));
  it('needs a formed cluster: CLUSTER_NOT_FOUND', () =>
    given([])
      .when({ ...open, clusterFormed: false })
      .thenThrows('CLUSTER_NOT_FOUND'));
  it('needs members: NO_MEMBERS', () =>
    given([])
      .when({ ...open, memberUnitIds: [] })
      .thenThrows('NO_MEMBERS'));
  it('lists each member once: DUPLICATE_MEMBER', () =>
    given([])
      .when({ ...open, memberUnitIds: ['a', 'b', 'a'] })
      .thenThrows('DUPLICATE_MEMBER'));
  it('takes registered units only: UNIT_NOT_FOUND', () =>
    given([])
      .when({ ...open, unregisteredUnitIds: ['an-phu'] })
      .thenThrows('UNIT_NOT_FOUND'));
  it('takes units that still exist that year: UNIT_NOT_ACTIVE', () =>
    given([])
      .when({ ...open, lifespans: { 'an-phu': lifespan(UnitLevel.PROVINCIAL, null, '2021-06-01') } })
      .thenThrows('UNIT_NOT_ACTIVE'));
  it('takes a unit that ended during the year', () =>
    given([])
      .when({ ...open, lifespans: { 'an-phu': lifespan(UnitLevel.PROVINCIAL, null, '2022-06-01') } })
      .then([opened]));
  it('takes units that already existed that year: UNIT_NOT_YET_ESTABLISHED', () =>
    given([])
      .when({ ...open, lifespans: { 'an-phu': lifespan(UnitLevel.PROVINCIAL, '2023-01-01', null) } })
      .thenThrows('UNIT_NOT_YET_ESTABLISHED'));
  it('knows the reform of 1/7/2025: no regional procuracy in 2022: LEVEL_NOT_IN_FORCE', () =>
    given([])
      .when({ ...open, lifespans: { 'an-phu': lifespan(UnitLevel.REGIONAL, null, null) } })
      .thenThrows('LEVEL_NOT_IN_FORCE'));
  it('knows the reform of 1/7/2025: no district procuracy in 2026: LEVEL_NOT_IN_FORCE', () =>
    given([])
      .when({ ...open, year: 2026, lifespans: { 'an-phu': lifespan(UnitLevel.DISTRICT, null, null) } })
      .thenThrows('LEVEL_NOT_IN_FORCE'));
  it('takes both a district and a regional procuracy in 2025, the year of the reform', () =>
    given([])
      .when({
        ...open,
        year: 2025,
        lifespans: { 'an-phu': lifespan(UnitLevel.DISTRICT, null, null), 'tri-ton': lifespan(UnitLevel.REGIONAL, null, null) },
      })
      .then([{ type: 'ClusterYearOpened', data: { ...y, year: 2025, memberUnitIds: open.memberUnitIds } }]));
});

describe('cluster year: AdmitMember / WithdrawMember', () => {
  const admit = { type: 'AdmitMember' as const, ...y, unitId: 'chau-doc', lifespan: lifespan(UnitLevel.DISTRICT, null, null) };
  const withdraw = { type: 'WithdrawMember' as const, ...y, unitId: 'an-phu' };

  it('admits a registered unit', () =>
    given([opened])
      .when(admit)
      .then([{ type: 'MemberAdmitted', data: { ...y, unitId: 'chau-doc' } }]));
  it('admits a member once: ALREADY_MEMBER', () =>
    given([opened])
      .when({ ...admit, unitId: 'tri-ton' })
      .thenThrows('ALREADY_MEMBER'));
  it('admits registered units only: UNIT_NOT_FOUND', () =>
    given([opened])
      .when({ ...admit, lifespan: null })
      .thenThrows('UNIT_NOT_FOUND'));
  it('admits into an open year only: YEAR_NOT_OPEN', () => given([]).when(admit).thenThrows('YEAR_NOT_OPEN'));
  it('admits units that still exist that year only: UNIT_NOT_ACTIVE', () =>
    given([opened])
      .when({ ...admit, lifespan: lifespan(UnitLevel.DISTRICT, null, '2021-12-31') })
      .thenThrows('UNIT_NOT_ACTIVE'));
  it('admits a unit of a level that exists that year only: LEVEL_NOT_IN_FORCE', () =>
    given([opened])
      .when({ ...admit, lifespan: lifespan(UnitLevel.REGIONAL, null, null) })
      .thenThrows('LEVEL_NOT_IN_FORCE'));
  it('re-admits a member who withdrew', () =>
    given([opened, { type: 'MemberWithdrawn', data: { ...y, unitId: 'an-phu' } }])
      .when({ ...admit, unitId: 'an-phu' })
      .then([{ type: 'MemberAdmitted', data: { ...y, unitId: 'an-phu' } }]));

  it('withdraws a member', () =>
    given([opened])
      .when(withdraw)
      .then([{ type: 'MemberWithdrawn', data: { ...y, unitId: 'an-phu' } }]));
  it('withdraws members only: NOT_A_MEMBER', () =>
    given([opened])
      .when({ ...withdraw, unitId: 'chau-doc' })
      .thenThrows('NOT_A_MEMBER'));
  it('withdraws from an open year only: YEAR_NOT_OPEN', () => given([]).when(withdraw).thenThrows('YEAR_NOT_OPEN'));
  it('keeps the chair until the office rotates: MEMBER_HOLDS_OFFICE', () =>
    given([opened, rotated])
      .when({ ...withdraw, unitId: 'tri-ton' })
      .thenThrows('MEMBER_HOLDS_OFFICE'));
});

describe('cluster year: RotateChair', () => {
  it('appoints a chair and a vice-chair among the members', () => given([opened]).when(rotate).then([rotated]));
  it('hands the chair on from the previous year', () =>
    given([opened])
      .when({ ...rotate, chairUnitId: 'tri-ton', viceChairUnitId: 'an-phu', previousChairUnitId: 'tan-chau' })
      .then([
        {
          type: 'ChairRotated',
          data: { ...y, chairUnitId: 'tri-ton', viceChairUnitId: 'an-phu', previousChairUnitId: 'tan-chau' },
        },
      ]));
  it('needs an open year: YEAR_NOT_OPEN', () => given([]).when(rotate).thenThrows('YEAR_NOT_OPEN'));
  it('needs two different units: CHAIR_SAME_AS_VICE_CHAIR', () =>
    given([opened])
      .when({ ...rotate, viceChairUnitId: 'tan-chau' })
      .thenThrows('CHAIR_SAME_AS_VICE_CHAIR'));
  it('needs the chair to be a member: CHAIR_NOT_MEMBER', () =>
    given([opened])
      .when({ ...rotate, chairUnitId: 'chau-doc' })
      .thenThrows('CHAIR_NOT_MEMBER'));
  it('needs the vice-chair to be a member: VICE_CHAIR_NOT_MEMBER', () =>
    given([opened])
      .when({ ...rotate, viceChairUnitId: 'chau-doc' })
      .thenThrows('VICE_CHAIR_NOT_MEMBER'));
  it('refuses a withdrawn member as chair: CHAIR_NOT_MEMBER', () =>
    given([opened, { type: 'MemberWithdrawn', data: { ...y, unitId: 'tan-chau' } }])
      .when(rotate)
      .thenThrows('CHAIR_NOT_MEMBER'));
  it("refuses last year's chair: CHAIR_NOT_ROTATED", () =>
    given([opened])
      .when({ ...rotate, previousChairUnitId: 'tan-chau' })
      .thenThrows('CHAIR_NOT_ROTATED'));
  it('refuses a chair not eligible for review last year: CHAIR_NOT_ELIGIBLE', () =>
    given([opened])
      .when({ ...rotate, previousYearIneligibleUnitIds: ['tan-chau'] })
      .thenThrows('CHAIR_NOT_ELIGIBLE'));
  it('refuses a vice-chair not eligible for review last year: VICE_CHAIR_NOT_ELIGIBLE', () =>
    given([opened])
      .when({ ...rotate, previousYearIneligibleUnitIds: ['tri-ton'] })
      .thenThrows('VICE_CHAIR_NOT_ELIGIBLE'));
  it('refuses a rotation that changes nothing: CHAIR_UNCHANGED', () => given([opened, rotated]).when(rotate).thenThrows('CHAIR_UNCHANGED'));
  it('may replace the vice-chair within the year', () =>
    given([opened, rotated])
      .when({ ...rotate, viceChairUnitId: 'an-phu' })
      .then([{ ...rotated, data: { ...rotated.data, viceChairUnitId: 'an-phu' } }]));
  it('appoints a chair alone when the report names no vice-chair', () =>
    given([opened])
      .when({ ...rotate, viceChairUnitId: null })
      .then([{ ...rotated, data: { ...rotated.data, viceChairUnitId: null } }]));
  it('checks the chair alone by the same rules: CHAIR_NOT_ELIGIBLE', () =>
    given([opened])
      .when({ ...rotate, viceChairUnitId: null, previousYearIneligibleUnitIds: ['tan-chau'] })
      .thenThrows('CHAIR_NOT_ELIGIBLE'));
});

describe('cluster year: AppointViceChair', () => {
  const chairOnly: ClusterYearEvent = { ...rotated, data: { ...rotated.data, viceChairUnitId: null } };
  const appoint = { type: 'AppointViceChair' as const, ...y, viceChairUnitId: 'an-phu', previousYearIneligibleUnitIds: [] };

  it('appoints the vice-chair after the chair', () =>
    given([opened, chairOnly])
      .when(appoint)
      .then([{ type: 'ViceChairAppointed', data: { ...y, viceChairUnitId: 'an-phu' } }]));
  it('replaces a vice-chair named earlier', () =>
    given([opened, rotated])
      .when(appoint)
      .then([{ type: 'ViceChairAppointed', data: { ...y, viceChairUnitId: 'an-phu' } }]));
  it('needs a chair first: CHAIR_NOT_APPOINTED', () => given([opened]).when(appoint).thenThrows('CHAIR_NOT_APPOINTED'));
  it('needs an open year: YEAR_NOT_OPEN', () => given([]).when(appoint).thenThrows('YEAR_NOT_OPEN'));
  it('needs another unit than the chair: CHAIR_SAME_AS_VICE_CHAIR', () =>
    given([opened, chairOnly])
      .when({ ...appoint, viceChairUnitId: 'tan-chau' })
      .thenThrows('CHAIR_SAME_AS_VICE_CHAIR'));
  it('needs a member: VICE_CHAIR_NOT_MEMBER', () =>
    given([opened, chairOnly])
      .when({ ...appoint, viceChairUnitId: 'chau-doc' })
      .thenThrows('VICE_CHAIR_NOT_MEMBER'));
  it('needs a unit eligible for review last year: VICE_CHAIR_NOT_ELIGIBLE', () =>
    given([opened, chairOnly])
      .when({ ...appoint, previousYearIneligibleUnitIds: ['an-phu'] })
      .thenThrows('VICE_CHAIR_NOT_ELIGIBLE'));
  it('refuses an appointment that changes nothing: VICE_CHAIR_UNCHANGED', () =>
    given([opened, rotated])
      .when({ ...appoint, viceChairUnitId: 'tri-ton' })
      .thenThrows('VICE_CHAIR_UNCHANGED'));
});

describe('cluster year: DeclareIneligible', () => {
  const declare = { type: 'DeclareIneligible' as const, ...y, unitId: 'an-phu', reason: 'Vi phạm kỷ luật' };
  it('records that a member was not eligible for review', () =>
    given([opened])
      .when(declare)
      .then([{ type: 'UnitDeclaredIneligible', data: { ...y, unitId: 'an-phu', reason: 'Vi phạm kỷ luật' } }]));
  it('needs a member: NOT_A_MEMBER', () =>
    given([opened])
      .when({ ...declare, unitId: 'x' })
      .thenThrows('NOT_A_MEMBER'));
  it('needs a reason: REASON_REQUIRED', () =>
    given([opened])
      .when({ ...declare, reason: ' ' })
      .thenThrows('REASON_REQUIRED'));
  it('records it once: ALREADY_INELIGIBLE', () =>
    given([opened, { type: 'UnitDeclaredIneligible', data: { ...y, unitId: 'an-phu', reason: 'x' } }])
      .when(declare)
      .thenThrows('ALREADY_INELIGIBLE'));
});
