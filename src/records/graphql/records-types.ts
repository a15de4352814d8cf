import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { CeremonyView, PersonView } from '../../../projections/records/views';
import { ParticipantRole } from '../domain/ceremony/participant-role';
import { MeetingKind, PartOfDay } from '../domain/ceremony/meeting-kind';
import { fullDate, PartialDateGql } from '../../graphql/partial-date';
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
  heldOn!: string | null;
  at!: At;
}

@ObjectType({ description: 'Một người được gắn sau với thành phần tham dự.' })
export class CeremonyAttendancePerson {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ ngày đó' }) position!: string | null;
  /** The ceremony's date, which the person's council capacities are read on. */
  heldOn!: string | null;
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

@ObjectType('RankingPlace', { description: 'Một vị trí trong xếp hạng được công bố; các đơn vị đồng hạng có cùng hạng.' })
export class RankingPlaceGql {
  @Field(() => Int) rank!: number;
  @Field(() => ID) unitId!: string;
}

@ObjectType('ProposedCommendation', { description: 'Một đề nghị khen thưởng bằng lời của báo cáo, với đơn vị khi báo cáo nêu tên.' })
export class ProposedCommendationGql {
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field({ description: 'Như báo cáo ghi' }) words!: string;
}

@ObjectType({ description: 'Kết quả sơ kết, tổng kết như báo cáo nêu (không suy ra điểm).' })
export class CeremonyReview {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'Nửa năm được sơ kết (1, 2); null: cả năm' }) half!: number | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [CommendationGql]) commendations!: CommendationGql[];
  @Field(() => ID, { nullable: true, description: 'Đơn vị dẫn đầu' }) leadingUnitId!: string | null;
  @Field(() => [ID], { description: 'Văn bản làm căn cứ (xem basisDocuments)' }) basisDocumentIds!: string[];
  @Field(() => [RankingPlaceGql], { description: 'Xếp hạng như được công bố (rỗng: báo cáo không nêu)' }) ranking!: RankingPlaceGql[];
  @Field(() => [ProposedCommendationGql], { description: 'Các đề nghị khen thưởng, bằng lời của báo cáo' })
  proposals!: ProposedCommendationGql[];
  at!: At;
}

@ObjectType({
  description:
    'Một buổi lễ, cuộc họp của Cụm: loại, ngày như báo cáo nêu, kỳ được tổng kết (sơ kết) hoặc phát động, căn cứ và văn bản tổ chức.',
})
export class Ceremony {
  @Field(() => ID) ceremonyId!: string;
  @Field(() => ID) clusterId!: string;
  @Field(() => MeetingKind) kind!: MeetingKind;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tổ chức, khi biết đến ngày (xem held)' }) heldOn!: string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày tổ chức với độ chính xác như báo cáo nêu (null: không nêu)' })
  held!: PartialDateGql | null;
  @Field(() => PartOfDay, { nullable: true, description: 'Buổi sáng/chiều, khi báo cáo nêu' }) partOfDay!: PartOfDay | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm' }) place!: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị đăng cai' }) hostUnitId!: string | null;
  @Field(() => ID, { nullable: true, deprecationReason: 'Một buổi lễ có thể có nhiều văn bản tổ chức: dùng organisingDocumentIds.' })
  organisingDocumentId!: string | null;
  @Field(() => [ID], { description: 'Văn bản tổ chức (kế hoạch, quyết định)' }) organisingDocumentIds!: string[];
  @Field(() => [ID], { description: 'Văn bản căn cứ' }) legalBasisDocumentIds!: string[];
  @Field(() => Int, { nullable: true, description: 'Năm được tổng kết, sơ kết' }) reviewsYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Nửa năm được sơ kết (1, 2); null: cả năm' }) reviewsHalf!: number | null;
  @Field(() => Int, { nullable: true, description: 'Năm được phát động' }) launchesYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Nửa năm được phát động (1, 2); null: cả năm' }) launchesHalf!: number | null;
  @Field(() => [CeremonyParticipant]) participants!: CeremonyParticipant[];
  @Field(() => [CeremonyAttendance], { description: 'Thành phần tham dự không nêu tên (đơn vị, nhóm)' })
  attendances!: CeremonyAttendance[];
  @Field(() => CeremonyReview, { nullable: true }) review!: CeremonyReview | null;
  at!: At;

  static from(view: CeremonyView, at: At): Ceremony {
    return {
      ...view,
      heldOn: fullDate(view.heldOn),
      held: PartialDateGql.of(view.heldOn),
      organisingDocumentId: view.organisingDocumentIds[0] ?? null,
      organisingDocumentIds: [...view.organisingDocumentIds],
      legalBasisDocumentIds: [...view.legalBasisDocumentIds],
      participants: view.participants.map((p) => ({ ...p, heldOn: view.heldOn, at })),
      attendances: view.attendances.map((a) => ({ ...a, persons: a.persons.map((p) => ({ ...p, heldOn: view.heldOn, at })), at })),
      review: view.review
        ? {
            ...view.review,
            commendations: [...view.review.commendations],
            basisDocumentIds: [...view.review.basisDocumentIds],
            ranking: [...view.review.ranking],
            proposals: [...view.review.proposals],
            at,
          }
        : null,
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
