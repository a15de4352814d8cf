import { formCluster } from '../../src/cluster/handlers';
import { openClusterYear, rotateChair } from '../../src/cluster/year-handlers';
import { registerUnit } from '../../src/unit/handlers';
import { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import type { EventStore } from '../../src/eventstore/port';
import { contextFor } from './actors';

/** An Giang's cluster 2, with 2022 and 2023 differing in members and chairs. */
export async function seedAnGiang(store: EventStore): Promise<void> {
  const unit = (unitId: string, name: string, level: UnitLevel, parentUnitId: string | null) =>
    registerUnit(store, { unitId, name, shortName: null, level, parentUnitId }, contextFor());
  await unit('vks-toi-cao', 'Viện kiểm sát nhân dân tối cao', UnitLevel.SUPREME, null);
  await unit('vks-an-giang', 'Viện kiểm sát nhân dân tỉnh An Giang', UnitLevel.PROVINCIAL, 'vks-toi-cao');
  for (const [id, name] of [
    ['tan-chau', 'Viện kiểm sát nhân dân thị xã Tân Châu'],
    ['tri-ton', 'Viện kiểm sát nhân dân huyện Tri Tôn'],
    ['an-phu', 'Viện kiểm sát nhân dân huyện An Phú'],
    ['tinh-bien', 'Viện kiểm sát nhân dân huyện Tịnh Biên'],
    ['chau-doc', 'Viện kiểm sát nhân dân thành phố Châu Đốc'],
  ])
    await unit(id, name, UnitLevel.DISTRICT, 'vks-an-giang');
  await formCluster(
    store,
    { clusterId: 'ag-2', name: 'Cụm thi đua số 2', kind: ClusterKind.CLUSTER, organizerUnitId: 'vks-an-giang' },
    contextFor(),
  );
  await openClusterYear(
    store,
    { clusterId: 'ag-2', year: 2022, memberUnitIds: ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien', 'chau-doc'] },
    contextFor(),
  );
  await rotateChair(store, { clusterId: 'ag-2', year: 2022, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton' }, contextFor());
  await openClusterYear(
    store,
    { clusterId: 'ag-2', year: 2023, memberUnitIds: ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien'] },
    contextFor(),
  );
  await rotateChair(store, { clusterId: 'ag-2', year: 2023, chairUnitId: 'tri-ton', viceChairUnitId: 'an-phu' }, contextFor());
}
