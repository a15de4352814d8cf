import { registerEnumType } from 'type-graphql';
import { Role } from '../kernel/actor';
import { ClusterKind } from '../cluster/domain/cluster-kind';
import { CriterionKind, TieBreakRule } from '../catalogue/domain/criteria/criteria-set';
import { ScoreStage } from '../scorecard/domain/score-stage';
import { UnitLevel } from '../unit/domain/unit-level';
import { ParticipantRole } from '../records/domain/ceremony/participant-role';
import { MeetingKind, PartOfDay } from '../records/domain/ceremony/meeting-kind';
import { DocumentKind } from '../records/domain/document/document-kind';

/** Chức danh của năm: Cụm trưởng (Khối trưởng) or Cụm phó (Khối phó). */
export enum YearOfficeGql {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
}
registerEnumType(YearOfficeGql, {
  name: 'YearOffice',
  valuesConfig: { CHAIR: { description: 'Cụm trưởng (Khối trưởng)' }, VICE_CHAIR: { description: 'Cụm phó (Khối phó)' } },
});

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Loại văn bản.',
  valuesConfig: {
    PLAN: { description: 'Kế hoạch (KH)' },
    DECISION: { description: 'Quyết định (QĐ)' },
    DIRECTIVE: { description: 'Chỉ thị (CT)' },
    GUIDANCE: { description: 'Hướng dẫn (HD)' },
    CIRCULAR: { description: 'Thông tư (TT)' },
    DECREE: { description: 'Nghị định (NĐ)' },
    RESOLUTION: { description: 'Nghị quyết (NQ)' },
    NOTICE: { description: 'Thông báo (TB)' },
    REPORT: { description: 'Báo cáo (BC)' },
    REGULATION: { description: 'Quy chế (QC)' },
    LAW: { description: 'Luật' },
    OTHER: { description: 'Công văn và văn bản khác' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'Vai trò của một người trong buổi lễ.',
  valuesConfig: {
    PRESIDING: { description: 'Chủ trì' },
    DIRECTING: { description: 'Chỉ đạo' },
    WITNESS: { description: 'Chứng kiến' },
    SPEAKER: { description: 'Phát biểu' },
    SIGNATORY: { description: 'Ký giao ước' },
    ATTENDEE: { description: 'Dự' },
  },
});

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'Loại cuộc họp, buổi lễ.',
  valuesConfig: {
    SIGNING_CEREMONY: { description: 'Lễ phát động, ký kết giao ước thi đua' },
    MID_YEAR_REVIEW: { description: 'Hội nghị sơ kết 6 tháng' },
    YEAR_END_REVIEW: { description: 'Hội nghị tổng kết năm' },
    RATING_MEETING: { description: 'Họp bình xét, chấm điểm thi đua' },
    COUNCIL_SESSION: { description: 'Phiên họp Hội đồng Thi đua – Khen thưởng' },
  },
});

registerEnumType(PartOfDay, {
  name: 'PartOfDay',
  valuesConfig: { MORNING: { description: 'Buổi sáng' }, AFTERNOON: { description: 'Buổi chiều' } },
});

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Cấp đơn vị: the level of a procuracy.',
  valuesConfig: {
    SUPREME: { description: 'Viện kiểm sát nhân dân tối cao' },
    SUPREME_DEPARTMENT: { description: 'Vụ, Cục, Văn phòng thuộc VKSND tối cao' },
    HIGH: { description: 'VKSND cấp cao (bãi bỏ từ 1/7/2025)' },
    PROVINCIAL: { description: 'VKSND tỉnh, thành phố trực thuộc trung ương' },
    PROVINCIAL_DEPARTMENT: { description: 'Phòng, Văn phòng, Thanh tra thuộc VKSND cấp tỉnh' },
    DISTRICT: { description: 'VKSND huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 1/7/2025)' },
    REGIONAL: { description: 'VKSND khu vực (từ 1/7/2025)' },
  },
});

registerEnumType(ClusterKind, {
  name: 'ClusterKind',
  description: 'Cụm thi đua (grouped by geography) or Khối thi đua (grouped by function).',
  valuesConfig: { CLUSTER: { description: 'Cụm thi đua' }, BLOC: { description: 'Khối thi đua' } },
});

registerEnumType(Role, { name: 'Role', description: 'What a verified caller may do.' });

registerEnumType(CriterionKind, {
  name: 'CriterionKind',
  valuesConfig: {
    STANDARD: { description: 'Tiêu chí chấm điểm' },
    BONUS: { description: 'Điểm thưởng' },
    PENALTY: { description: 'Điểm trừ' },
  },
});

registerEnumType(TieBreakRule, {
  name: 'TieBreakRule',
  description: 'How units with equal totals are ranked.',
  valuesConfig: {
    SHARED_RANK: { description: 'Đồng hạng' },
    MORE_STANDARD_POINTS: { description: 'Ưu tiên điểm tiêu chí chính cao hơn, sau đó đồng hạng' },
    FEWER_PENALTIES: { description: 'Ưu tiên ít điểm trừ hơn, sau đó đồng hạng' },
  },
});

registerEnumType(ScoreStage, {
  name: 'ScoreStage',
  valuesConfig: {
    SELF: { description: 'Đơn vị tự chấm' },
    CLUSTER: { description: 'Cụm chấm, thẩm định' },
    COUNCIL: { description: 'Hội đồng duyệt' },
  },
});

export enum AwardStatusGql {
  PROPOSED = 'PROPOSED',
  DECIDED = 'DECIDED',
  REVOKED = 'REVOKED',
}
registerEnumType(AwardStatusGql, {
  name: 'AwardStatus',
  valuesConfig: {
    PROPOSED: { description: 'Đã đề nghị' },
    DECIDED: { description: 'Đã có quyết định khen thưởng' },
    REVOKED: { description: 'Đã thu hồi' },
  },
});
