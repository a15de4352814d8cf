import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { CeremonyView, DocumentView, PersonView } from '../../../projections/records/views';
import { ParticipantRole } from '../domain/ceremony/participant-role';
import { formatCitation, parseCitation, type Citation } from '../domain/document/citation';
import { DocumentKind } from '../domain/document/document-kind';
import { YearOfficeGql } from '../../graphql/enums';

@ObjectType({ description: 'Văn bản: loại, số/ký hiệu, ngày, cơ quan ban hành, trích yếu.' })
export class Document {
  @Field(() => ID, { nullable: true, description: 'Mã trong sổ văn bản; null khi chỉ đọc được từ trích dẫn, chưa vào sổ' })
  documentId!: string | null;
  @Field(() => DocumentKind, { nullable: true, description: 'Loại văn bản (null khi trích dẫn không cho biết)' })
  kind!: DocumentKind | null;
  @Field({ description: 'Số, ký hiệu, e.g. "12/KH-VKS"' }) number!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ban hành' }) issuedOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị ban hành, khi đã ghi nhận' }) issuerUnitId!: string | null;
  @Field(() => String, { nullable: true, description: 'Mã cơ quan ban hành trong ký hiệu, e.g. "VKSTC"' }) issuerCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Trích yếu' }) title!: string | null;
  @Field({ description: 'Trích dẫn đầy đủ, e.g. "Kế hoạch số 12/KH-VKS ngày 10/01/2022"' }) citation!: string;

  static from(view: DocumentView): Document {
    return {
      ...view,
      issuerCode: parseCitation(view.number)?.issuerCode ?? null,
      citation: formatCitation(view.kind, view.number, view.issuedOn),
    };
  }

  /** A document known only by a citation, not registered: what its text says. */
  static cited(cited: Citation): Document {
    return {
      documentId: null,
      ...cited,
      issuerUnitId: null,
      title: null,
      citation: formatCitation(cited.kind, cited.number, cited.issuedOn),
    };
  }
}

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
  @Field(() => CeremonyReview, { nullable: true }) review!: CeremonyReview | null;
  at!: At;

  static from(view: CeremonyView, at: At): Ceremony {
    return {
      ...view,
      participants: view.participants.map((p) => ({ ...p, at })),
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
