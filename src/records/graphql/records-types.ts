import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { CeremonyView, PersonView } from '../../../projections/records/views';
import { ParticipantRole } from '../domain/ceremony/participant-role';
import { YearOfficeGql } from '../../graphql/enums';

@ObjectType({ description: 'Một người được ghi trong hồ sơ.' })
export class Person {
  @Field(() => ID) personId!: string;
  @Field({ description: 'Họ và tên' }) fullName!: string;
  at!: At;

  static from(view: PersonView, at: At): Person {
    return { ...view, at };
  }
}

@ObjectType({ description: 'Một người trong buổi lễ, với chức vụ và đơn vị của ngày đó.' })
export class CeremonyParticipant {
  @Field(() => ID) personId!: string;
  @Field(() => ParticipantRole) role!: ParticipantRole;
  @Field(() => String, { nullable: true, description: 'Chức vụ' }) position!: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị mà người đó đại diện' }) unitId!: string | null;
  /** The ceremony's date, which the person's council capacities are read on. */
  heldOn!: string;
  at!: At;
}

@ObjectType({ description: 'Một người được gắn sau với thành phần tham dự.' })
export class CeremonyAttendancePerson {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ ngày đó' }) position!: string | null;
  /** The ceremony's date, which the person's council capacities are read on. */
  heldOn!: string;
  at!: At;
}

@ObjectType({
  description:
    'Thành phần tham dự không nêu tên: một đơn vị, hoặc một nhóm được mô tả như báo cáo ghi, với vai trò; người cụ thể có thể gắn sau.',
})
export class CeremonyAttendance {
  @Field(() => ID) attendanceId!: string;
  @Field(() => ParticipantRole) role!: ParticipantRole;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field(() => String, { nullable: true, description: 'Nhóm như báo cáo mô tả, ví dụ "Chánh Văn phòng các đơn vị thành viên"' })
  group!: string | null;
  @Field(() => Int, { nullable: true, description: 'Số người, khi báo cáo nêu' }) count!: number | null;
  @Field(() => [CeremonyAttendancePerson], { description: 'Những người được gắn sau' }) persons!: CeremonyAttendancePerson[];
  at!: At;
}

@ObjectType('Commendation', { description: 'Một đơn vị được khen trong tổng kết, như báo cáo nêu.' })
export class CommendationGql {
  @Field(() => ID) unitId!: string;
  @Field(() => String, { nullable: true, description: 'Hình thức khen, như báo cáo nêu' }) note!: string | null;
}

@ObjectType({ description: 'Kết quả tổng kết năm, như báo cáo nêu (không suy ra điểm).' })
export class CeremonyReview {
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [CommendationGql]) commendations!: CommendationGql[];
  @Field(() => ID, { nullable: true, description: 'Đơn vị dẫn đầu' }) leadingUnitId!: string | null;
}

@ObjectType({ description: 'Buổi lễ của Cụm: tổng kết một năm, phát động năm sau, hoặc cả hai.' })
export class Ceremony {
  @Field(() => ID) ceremonyId!: string;
  @Field(() => ID) clusterId!: string;
  @Field(() => LocalDateResolver, { description: 'Ngày tổ chức' }) heldOn!: string;
  @Field(() => String, { nullable: true, description: 'Địa điểm' }) place!: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị đăng cai' }) hostUnitId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Văn bản tổ chức (kế hoạch)' }) organisingDocumentId!: string | null;
  @Field(() => Int, { nullable: true, description: 'Năm được tổng kết' }) reviewsYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Năm được phát động' }) launchesYear!: number | null;
  @Field(() => [CeremonyParticipant]) participants!: CeremonyParticipant[];
  @Field(() => [CeremonyAttendance], { description: 'Thành phần tham dự không nêu tên (đơn vị, nhóm)' })
  attendances!: CeremonyAttendance[];
  @Field(() => CeremonyReview, { nullable: true }) review!: CeremonyReview | null;
  at!: At;

  static from(view: CeremonyView, at: At): Ceremony {
    return {
      ...view,
      participants: view.participants.map((p) => ({ ...p, heldOn: view.heldOn, at })),
      attendances: view.attendances.map((a) => ({ ...a, persons: a.persons.map((p) => ({ ...p, heldOn: view.heldOn, at })), at })),
      review: view.review ? { ...view.review, commendations: [...view.review.commendations] } : null,
      at,
    };
  }
}

@ObjectType({ description: 'Một buổi lễ mà người đó tham dự, với vai trò.' })
export class PersonParticipation {
  @Field(() => Ceremony) ceremony!: Ceremony;
  @Field(() => ParticipantRole) role!: ParticipantRole;
  @Field(() => String, { nullable: true }) position!: string | null;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
}

@ObjectType({ description: 'Người đại diện đơn vị Cụm trưởng / Cụm phó trong năm.' })
export class OfficeRepresentative {
  @Field(() => YearOfficeGql) office!: YearOfficeGql;
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ năm đó' }) position!: string | null;
  at!: At;
}
