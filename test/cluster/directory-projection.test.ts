import { DirectoryProjection } from '../../projections/cluster/directory-projection';
import type { AnyDomainEvent } from '../../src/domain/events';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new DirectoryProjection());
const y = { clusterId: 'ag-2', year: 2022 };
const registered = (unitId: string, name: string): AnyDomainEvent => ({
  type: 'UnitRegistered',
  data: { unitId, name, shortName: null, level: UnitLevel.DISTRICT, parentUnitId: 'vks-an-giang', establishedOn: null },
});

describe('DirectoryProjection', () => {
  it('a renamed unit keeps its old name at earlier positions, and lists its names with their dates', () =>
    given(registered('tan-chau', 'VKSND huyện Tân Châu'), {
      type: 'UnitRenamed',
      data: { unitId: 'tan-chau', name: 'VKSND thị xã Tân Châu', shortName: null, effectiveDate: '2009-08-24' },
    }).then((directory) => {
      expect(directory.unit('tan-chau', 1)?.name).toBe('VKSND huyện Tân Châu');
      expect(directory.unit('tan-chau')?.name).toBe('VKSND thị xã Tân Châu');
      expect(directory.unit('tan-chau')?.names.map((n) => [n.name, n.effectiveFrom])).toEqual([
        ['VKSND huyện Tân Châu', null],
        ['VKSND thị xã Tân Châu', '2009-08-24'],
      ]);
    }));

  it('a merger ends the unit and names it among its successor’s predecessors', () =>
    given(registered('tan-chau', 'VKSND thị xã Tân Châu'), registered('khu-vuc-3', 'VKSND khu vực 3 - An Giang'), {
      type: 'UnitMerged',
      data: { unitId: 'tan-chau', successorUnitId: 'khu-vuc-3', effectiveDate: '2025-07-01' },
    }).then((directory) => {
      expect(directory.unit('tan-chau')).toMatchObject({ successorUnitId: 'khu-vuc-3', endedOn: '2025-07-01' });
      expect(directory.unit('khu-vuc-3')?.predecessorUnitIds).toEqual(['tan-chau']);
      expect(directory.unit('tan-chau', 2)?.endedOn).toBeNull();
    }));

  it('members withdraw and are admitted over the year; each position keeps who was a member then', () =>
    given(
      { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] } },
      { type: 'MemberWithdrawn', data: { ...y, unitId: 'tri-ton' } },
      { type: 'MemberAdmitted', data: { ...y, unitId: 'an-phu' } },
    ).then((directory) => {
      expect(directory.clusterYear('ag-2', 2022)?.memberUnitIds).toEqual(['tan-chau', 'an-phu']);
      expect(directory.clusterYear('ag-2', 2022, 1)?.memberUnitIds).toEqual(['tan-chau', 'tri-ton']);
      expect(directory.membershipsOf('tri-ton')).toEqual([]);
      expect(directory.membershipsOf('tri-ton', 1).map((m) => m.year)).toEqual([2022]);
    }));

  it('a chair rotated alone has no vice-chair until one is appointed; the ceremony day follows the agreement', () =>
    given(
      { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] } },
      { type: 'ChairRotated', data: { ...y, chairUnitId: 'tan-chau', viceChairUnitId: null, previousChairUnitId: null } },
      { type: 'ViceChairAppointed', data: { ...y, viceChairUnitId: 'tri-ton' } },
      {
        type: 'AgreementDrafted',
        data: {
          ...y,
          theme: null,
          motto: null,
          commitments: null,
          legalBases: [],
          ceremonyDate: '2022-02-24',
          hostUnitId: null,
          venue: null,
        },
      },
      { type: 'AgreementAmended', data: { ...y, changes: { ceremonyDate: '2022-03-01' }, note: 'Dời ngày lễ' } },
    ).then((directory) => {
      expect(directory.clusterYear('ag-2', 2022, 2)).toMatchObject({ chairUnitId: 'tan-chau', viceChairUnitId: null });
      expect(directory.clusterYear('ag-2', 2022)).toMatchObject({
        chairUnitId: 'tan-chau',
        viceChairUnitId: 'tri-ton',
        ceremonyDate: '2022-03-01',
      });
      expect(directory.clusterYear('ag-2', 2022, 4)?.ceremonyDate).toBe('2022-02-24');
    }));
});
