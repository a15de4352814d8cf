import { ok } from './mutations';
import type { TestService } from './service';
import { CLUSTER, openYear, registerCluster, score } from './year-scenario';

// What a frontend reads: a unit, a cluster year with its members, a ranking; each with and without asOf.
// Every selection names __typename, as normalising clients add it, so the raw answers compare as they are.
export const UNIT = `
  query Unit($asOf: AsOf) {
    unit(id: "tan-chau", asOf: $asOf) {
      __typename
      id
      unitId
      name
      shortName
      parent {
        __typename
        id
        unitId
        name
      }
    }
  }
`;
export const CLUSTER_YEAR = `
  query ClusterYear($asOf: AsOf) {
    clusterYear(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      clusterId
      year
      chairUnitId
      memberUnitIds
      members {
        __typename
        id
        unitId
        name
      }
      chair {
        __typename
        id
        name
      }
    }
  }
`;
export const RANKING = `
  query Ranking($asOf: AsOf) {
    rankings(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      clusterId
      year
      units {
        __typename
        unitId
        rank
        effectiveTotal
      }
    }
  }
`;
export const READS = { unit: UNIT, clusterYear: CLUSTER_YEAR, rankings: RANKING };

/** Where the reads stand: two past log positions and the present (asOf null). */
export interface ReadPoint {
  label: string;
  asOf: number | null;
}

/**
 * A cluster year whose unit names, members and ranking differ at each of three points in time;
 * answers the points, oldest first.
 */
export async function historyWithThreePoints(service: TestService): Promise<ReadPoint[]> {
  const positions: ReadPoint[] = [];
  await registerCluster(service);
  await openYear(service, 2024, 'tan-chau', 'an-phu');
  await score(service, 2024, 'tan-chau', 'SELF', [30, 30, 15]);
  const first = await ok(service, 'recordScore', {
    clusterId: CLUSTER,
    year: 2024,
    unitId: 'tri-ton',
    criterionId: 'c1',
    stage: 'SELF',
    points: 20,
  });
  positions.push({ label: 'trước khi đổi tên', asOf: first.position });
  // Between the two past positions: a new name, a member leaves, scores change the ranking.
  await ok(service, 'renameUnit', {
    unitId: 'tan-chau',
    name: 'Viện kiểm sát nhân dân khu vực 3 - An Giang',
    shortName: 'VKSND KV3',
    effectiveDate: '2024-03-01',
  });
  await ok(service, 'withdrawMember', { clusterId: CLUSTER, year: 2024, unitId: 'chau-doc' });
  await score(service, 2024, 'tri-ton', 'COUNCIL', [39, 39, 19]);
  const second = await ok(service, 'correctScore', {
    clusterId: CLUSTER,
    year: 2024,
    unitId: 'tan-chau',
    criterionId: 'c1',
    stage: 'SELF',
    points: 10,
    reason: 'Sai số liệu',
  });
  positions.push({ label: 'sau khi sửa điểm', asOf: second.position });
  await ok(service, 'renameUnit', {
    unitId: 'tan-chau',
    name: 'Viện kiểm sát nhân dân khu vực 9 - An Giang',
    shortName: null,
    effectiveDate: '2024-06-01',
  });
  await ok(service, 'renameUnit', {
    unitId: 'vks-an-giang',
    name: 'Viện kiểm sát nhân dân tỉnh An Giang (mới)',
    effectiveDate: '2024-06-01',
  });
  await score(service, 2024, 'an-phu', 'SELF', [40, 40, 20]);
  positions.push({ label: 'hiện tại', asOf: null });
  return positions;
}

export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
