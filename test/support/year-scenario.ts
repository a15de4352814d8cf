import type { TestService } from './service';
import { ok } from './mutations';

export const CLUSTER = 'ag-2';
export const MEMBERS = ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien', 'chau-doc'];
const NAMES: Record<string, string> = {
  'tan-chau': 'Viện kiểm sát nhân dân thị xã Tân Châu',
  'tri-ton': 'Viện kiểm sát nhân dân huyện Tri Tôn',
  'an-phu': 'Viện kiểm sát nhân dân huyện An Phú',
  'tinh-bien': 'Viện kiểm sát nhân dân huyện Tịnh Biên',
  'chau-doc': 'Viện kiểm sát nhân dân thành phố Châu Đốc',
};

/** A 100-point set over three areas (as cluster 11 used in 2020), a bonus, a penalty and three classes. */
export const CRITERIA_SET = {
  criteriaSetId: 'qd-424-huyen',
  name: 'Tiêu chí chấm điểm, xếp loại thi đua VKSND cấp huyện',
  legalBasis: '424/QĐ-VKSTC',
  effectiveFrom: '2021-01-01',
  sections: [
    {
      sectionId: 'I',
      name: 'Thực hiện nhiệm vụ chuyên môn',
      criteria: [
        { criterionId: 'c1', name: 'Chỉ tiêu nghiệp vụ theo Nghị quyết 96/2019/QH14', kind: 'STANDARD', maxPoints: 40 },
        { criterionId: 'c2', name: 'Chất lượng công tác kiểm sát', kind: 'STANDARD', maxPoints: 40 },
      ],
    },
    {
      sectionId: 'II',
      name: 'Xây dựng ngành',
      criteria: [
        { criterionId: 'c3', name: 'Công tác xây dựng Đảng, đoàn thể', kind: 'STANDARD', maxPoints: 20 },
        { criterionId: 'b1', name: 'Thành tích đột xuất', kind: 'BONUS', maxPoints: 5 },
        { criterionId: 'p1', name: 'Vi phạm bị xử lý', kind: 'PENALTY', maxPoints: 10 },
      ],
    },
  ],
  thresholds: [
    { classification: 'Xuất sắc', minPoints: 90, titleId: 'lao-dong-xuat-sac' },
    { classification: 'Tiên tiến', minPoints: 70, titleId: 'lao-dong-tien-tien' },
    { classification: 'Hoàn thành', minPoints: 50, titleId: null },
  ],
  tieBreak: 'MORE_STANDARD_POINTS',
};

/** Registers An Giang's procuracy, five district units and cluster 2. */
export async function registerCluster(service: TestService): Promise<void> {
  await ok(service, 'registerUnit', { unitId: 'vks-an-giang', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL' });
  for (const unitId of MEMBERS)
    await ok(service, 'registerUnit', { unitId, name: NAMES[unitId], level: 'DISTRICT', parentUnitId: 'vks-an-giang' });
  await ok(service, 'formCluster', { clusterId: CLUSTER, name: 'Cụm thi đua số 2', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' });
  await ok(service, 'publishCriteriaSet', CRITERIA_SET);
}

/** Opens `year` with the five members, chair and vice-chair, and adopts the criteria set. */
export async function openYear(service: TestService, year: number, chair: string, viceChair: string): Promise<void> {
  await ok(service, 'openClusterYear', { clusterId: CLUSTER, year, memberUnitIds: MEMBERS });
  await ok(service, 'rotateChair', { clusterId: CLUSTER, year, chairUnitId: chair, viceChairUnitId: viceChair });
  await ok(service, 'adoptCriteriaSet', { clusterId: CLUSTER, year, criteriaSetId: CRITERIA_SET.criteriaSetId });
}

/** Records the same points for c1, c2, c3 at one stage. */
export async function score(service: TestService, year: number, unitId: string, stage: string, points: [number, number, number]) {
  for (const [i, criterionId] of ['c1', 'c2', 'c3'].entries())
    await ok(service, 'recordScore', { clusterId: CLUSTER, year, unitId, criterionId, stage, points: points[i] });
}
