import { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import { CriterionKind, TieBreakRule, type CriteriaSection } from '../../src/catalogue/domain/criteria/criteria-set';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { Random } from './random';

export interface Shape {
  units: number;
  clusters: number;
  years: number;
  criteria: number;
  seed: number;
}

export interface PlannedUnit {
  unitId: string;
  name: string;
  level: UnitLevel;
  parentUnitId: string | null;
  /** How well the unit tends to score, 0..1: keeps rankings stable-ish from year to year. */
  quality: number;
}

export interface PlannedCluster {
  clusterId: string;
  name: string;
  kind: ClusterKind;
  organizerUnitId: string;
  memberUnitIds: string[];
}

export interface Plan {
  shape: Shape;
  units: PlannedUnit[];
  clusters: PlannedCluster[];
  criteriaSet: {
    criteriaSetId: string;
    name: string;
    legalBasis: string;
    effectiveFrom: string;
    sections: CriteriaSection[];
    thresholds: { classification: string; minPoints: number; titleId: string | null }[];
    tieBreak: TieBreakRule;
  };
  firstYear: number;
}

export const MIN_MEMBERS = 5;
export const MAX_MEMBERS = 9;

const HIGH_LEVEL = 3;
const PROVINCES = 63;

/** Cluster sizes from 5 to 9 that add up to `total` units. */
function clusterSizes(random: Random, clusters: number, total: number): number[] {
  if (total < clusters * MIN_MEMBERS || total > clusters * MAX_MEMBERS)
    throw new Error(`${clusters} clusters of ${MIN_MEMBERS}–${MAX_MEMBERS} members cannot hold ${total} units`);
  const sizes = new Array<number>(clusters).fill(MIN_MEMBERS);
  for (let left = total - clusters * MIN_MEMBERS; left > 0;) {
    const i = random.int(0, clusters - 1);
    if (sizes[i] < MAX_MEMBERS) {
      sizes[i] += 1;
      left -= 1;
    }
  }
  return sizes;
}

/**
 * The country as the generator will write it: the supreme procuracy, three high-level ones, up to
 * 63 provincial ones and district ones under them; clusters of 5–9 units of one level (provincial
 * units in blocks, districts in clusters of their province's neighbourhood); one criteria set.
 */
export function planNationalData(shape: Shape): Plan {
  const random = new Random(shape.seed);
  const units: PlannedUnit[] = [];
  const quality = () => 0.72 + random.int(0, 2500) / 10000;
  units.push({
    unitId: 'vksndtc',
    name: 'Viện kiểm sát nhân dân tối cao',
    level: UnitLevel.SUPREME,
    parentUnitId: null,
    quality: quality(),
  });
  for (let i = 1; i <= HIGH_LEVEL; i += 1)
    units.push({
      unitId: `vkscc-${i}`,
      name: `Viện kiểm sát nhân dân cấp cao ${i}`,
      level: UnitLevel.HIGH,
      parentUnitId: 'vksndtc',
      quality: quality(),
    });
  const provinces = Math.min(PROVINCES, Math.max(1, Math.floor((shape.units - 1 - HIGH_LEVEL) / 10)));
  for (let i = 1; i <= provinces; i += 1)
    units.push({
      unitId: `tinh-${i}`,
      name: `Viện kiểm sát nhân dân tỉnh số ${i}`,
      level: UnitLevel.PROVINCIAL,
      parentUnitId: 'vksndtc',
      quality: quality(),
    });
  for (let i = 1; units.length < shape.units; i += 1) {
    const province = ((i - 1) % provinces) + 1;
    units.push({
      unitId: `huyen-${province}-${Math.ceil(i / provinces)}`,
      name: `Viện kiểm sát nhân dân huyện số ${Math.ceil(i / provinces)} tỉnh số ${province}`,
      level: UnitLevel.DISTRICT,
      parentUnitId: `tinh-${province}`,
      quality: quality(),
    });
  }

  // Members are taken in unit order (so clusters are neighbours of one level) and the supreme
  // procuracy organizes; each cluster is organized by its first member's parent.
  const members = units.slice(1);
  const sizes = clusterSizes(random, shape.clusters, Math.min(members.length, shape.clusters * MAX_MEMBERS));
  const clusters: PlannedCluster[] = [];
  let next = 0;
  sizes.forEach((size, i) => {
    const memberUnits = members.slice(next, next + size);
    next += size;
    const provincial = memberUnits[0].level !== UnitLevel.DISTRICT;
    clusters.push({
      clusterId: `cum-${i + 1}`,
      name: provincial ? `Khối thi đua số ${i + 1}` : `Cụm thi đua số ${i + 1}`,
      kind: provincial ? ClusterKind.BLOC : ClusterKind.CLUSTER,
      organizerUnitId: memberUnits[0].parentUnitId ?? 'vksndtc',
      memberUnitIds: memberUnits.map((u) => u.unitId),
    });
  });

  return { shape, units, clusters, criteriaSet: criteriaSet(shape.criteria), firstYear: 2026 - shape.years };
}

/** `count` criteria in four sections: ordinary ones worth 100 points together, two bonuses and two penalties. */
function criteriaSet(count: number): Plan['criteriaSet'] {
  const extras = count >= 8 ? 4 : 0;
  const standard = count - extras;
  const each = Math.floor(10000 / standard);
  const sections: CriteriaSection[] = ['I', 'II', 'III', 'IV'].map((sectionId, s) => ({
    sectionId,
    name: ['Công tác chuyên môn, nghiệp vụ', 'Xây dựng ngành', 'Công tác Đảng, đoàn thể', 'Khen thưởng, kỷ luật'][s],
    criteria: [],
  }));
  for (let i = 0; i < standard; i += 1)
    sections[i % 3].criteria.push({
      criterionId: `tc-${i + 1}`,
      name: `Tiêu chí ${i + 1}`,
      kind: CriterionKind.STANDARD,
      maxPoints: i === standard - 1 ? 10000 - each * (standard - 1) : each,
    });
  for (let i = 0; i < extras / 2; i += 1) {
    sections[3].criteria.push({ criterionId: `thuong-${i + 1}`, name: `Điểm thưởng ${i + 1}`, kind: CriterionKind.BONUS, maxPoints: 300 });
    sections[3].criteria.push({ criterionId: `tru-${i + 1}`, name: `Điểm trừ ${i + 1}`, kind: CriterionKind.PENALTY, maxPoints: 500 });
  }
  return {
    criteriaSetId: 'bo-tieu-chi-quoc-gia',
    name: `Bộ ${count} tiêu chí chấm điểm thi đua`,
    legalBasis: '424/QĐ-VKSTC',
    effectiveFrom: '2000-01-01',
    sections: sections.filter((section) => section.criteria.length > 0),
    thresholds: [
      { classification: 'Xuất sắc', minPoints: 9000, titleId: 'lao-dong-xuat-sac' },
      { classification: 'Tiên tiến', minPoints: 7000, titleId: 'lao-dong-tien-tien' },
      { classification: 'Hoàn thành', minPoints: 5000, titleId: null },
    ],
    tieBreak: TieBreakRule.MORE_STANDARD_POINTS,
  };
}
