import { CriterionKind, TieBreakRule, type CriteriaSetVersion } from '../../src/catalogue/domain/criteria/criteria-set';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { StandardTitle } from '../../src/catalogue/domain/title/standard-titles';

export const y = { clusterId: 'ag-2', year: 2022 };
export const members = ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien', 'chau-doc'];
export const opened: ClusterYearEvent = { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: members } };

/** A 100-point set over three areas, in hundredths: 40 + 40 + 20, a 5-point bonus and a 10-point penalty. */
export const criteriaSet: CriteriaSetVersion = {
  criteriaSetId: 'qd-424',
  version: 1,
  name: 'Tiêu chí chấm điểm thi đua cấp huyện',
  legalBasis: '424/QĐ-VKSTC',
  effectiveFrom: '2021-01-01',
  sections: [
    {
      sectionId: 'I',
      name: 'Công tác chuyên môn',
      criteria: [
        { criterionId: 'c1', name: 'Chỉ tiêu nghiệp vụ', kind: CriterionKind.STANDARD, maxPoints: 4000 },
        { criterionId: 'c2', name: 'Chất lượng công tác', kind: CriterionKind.STANDARD, maxPoints: 4000 },
      ],
    },
    {
      sectionId: 'II',
      name: 'Xây dựng ngành',
      criteria: [
        { criterionId: 'c3', name: 'Xây dựng Đảng, đoàn thể', kind: CriterionKind.STANDARD, maxPoints: 2000 },
        { criterionId: 'b1', name: 'Thành tích đột xuất', kind: CriterionKind.BONUS, maxPoints: 500 },
        { criterionId: 'p1', name: 'Vi phạm', kind: CriterionKind.PENALTY, maxPoints: 1000 },
      ],
    },
  ],
  thresholds: [
    { classification: 'Xuất sắc', minPoints: 9000, titleId: StandardTitle.EXCELLENT },
    { classification: 'Tiên tiến', minPoints: 7000, titleId: StandardTitle.ADVANCED },
    { classification: 'Hoàn thành', minPoints: 5000, titleId: null },
  ],
  tieBreak: TieBreakRule.MORE_STANDARD_POINTS,
};
