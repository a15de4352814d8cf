import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { YearOfficeGql } from '../../graphql/enums';
import { readAsOf, readAt } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { ClusterYear } from '../../cluster/graphql/cluster-types';
import {
  Ceremony,
  CeremonyAttendance,
  CeremonyAttendancePerson,
  CeremonyParticipant,
  CeremonyReview,
  OfficeRepresentative,
  Person,
  PersonParticipation,
} from './records-types';
import { Document } from './document-types';
import { Unit } from '../../unit/graphql/unit-types';
import { CriteriaSetVersionGql } from '../../catalogue/graphql/catalogue-types';
import { Agreement, AwardDecision } from '../../cluster/graphql/year-records-types';
import {
  ceremoniesOf,
  ceremoniesOfPerson,
  ceremonyAt,
  citedDocumentAt,
  documentAt,
  documentsAt,
  personAt,
  representativesOf,
  unambiguous,
} from './records-reads';
import { unitAt } from '../../unit/graphql/unit-reads';
import { lastDayOf } from '../../kernel/partial-date';

const documentsOf = (context: GraphQLContext, of: { at: Ceremony['at'] }, ids: readonly string[]) =>
  ids.flatMap((id) => documentAt(readAt(context, of), id) ?? []);

@Resolver()
export class RecordsQueries {
  @Authorized()
  @Query(() => Document, { nullable: true, description: 'Một văn bản trong sổ.' })
  document(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Document | null {
    return documentAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => [Document], { description: 'Sổ văn bản, theo ngày ban hành.' })
  documents(@Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null, @Ctx() context: GraphQLContext): Document[] {
    return documentsAt(readAsOf(context, asOf));
  }

  @Authorized()
  @Query(() => Document, {
    nullable: true,
    description:
      'Đọc một trích dẫn văn bản ("Kế hoạch số 12/KH-VKS ngày 10/01/2022") thành các phần: văn bản trong sổ khớp mọi phần trích dẫn nêu (số, ngày, loại, cơ quan ban hành khi nêu issuerId); khớp nhiều văn bản thì trả lỗi DOCUMENT_CITATION_AMBIGUOUS với các ứng viên trong extensions.candidates. Null khi không đọc được.',
  })
  readCitation(
    @Arg('text') text: string,
    @Arg('issuerId', () => ID, { nullable: true, description: 'Cơ quan ban hành (đơn vị, Cụm/Khối, Hội đồng), khi biết' })
    issuerId: string | null,
    @Ctx() context: GraphQLContext,
  ): Document | null {
    return unambiguous(citedDocumentAt(readAsOf(context, null), text, issuerId ?? null));
  }

  @Authorized()
  @Query(() => Person, { nullable: true, description: 'Một người trong hồ sơ, với các buổi lễ đã tham dự.' })
  person(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Person | null {
    return personAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => Ceremony, { nullable: true })
  ceremony(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Ceremony | null {
    return ceremonyAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => [Ceremony], { description: 'Các buổi lễ của một Cụm, cũ nhất trước.' })
  ceremonies(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Ceremony[] {
    return ceremoniesOf(readAsOf(context, asOf), clusterId);
  }
}

@Resolver(() => Person)
export class PersonFields {
  @FieldResolver(() => [PersonParticipation], { description: 'Các buổi lễ người này tham dự, với vai trò, chức vụ, đơn vị.' })
  ceremonies(@Root() person: Person, @Ctx() context: GraphQLContext): PersonParticipation[] {
    return ceremoniesOfPerson(readAt(context, person), person.personId).flatMap((ceremony) =>
      [
        ...ceremony.participants.filter((p) => p.personId === person.personId),
        ...ceremony.attendances.flatMap((a) =>
          a.persons.filter((p) => p.personId === person.personId).map((p) => ({ role: a.role, position: p.position, unitId: a.unitId })),
        ),
      ].map((p) => ({ ...p, ceremony })),
    );
  }
}

@Resolver(() => Ceremony)
export class CeremonyFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị đăng cai, với tên ngày tổ chức.' })
  host(@Root() ceremony: Ceremony, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, ceremony), ceremony.hostUnitId, ceremony.held ? lastDayOf(ceremony.held.iso) : null);
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: 'Văn bản tổ chức buổi lễ (văn bản đầu tiên).',
    deprecationReason: 'Một buổi lễ có thể có nhiều văn bản tổ chức: dùng organisingDocuments.',
  })
  organisingDocument(@Root() ceremony: Ceremony, @Ctx() context: GraphQLContext): Document | null {
    return documentAt(readAt(context, ceremony), ceremony.organisingDocumentId);
  }

  @FieldResolver(() => [Document], { description: 'Các văn bản tổ chức (kế hoạch, quyết định)' })
  organisingDocuments(@Root() ceremony: Ceremony, @Ctx() context: GraphQLContext): Document[] {
    return documentsOf(context, ceremony, ceremony.organisingDocumentIds);
  }

  @FieldResolver(() => [Document], { description: 'Các văn bản căn cứ' })
  legalBasisDocuments(@Root() ceremony: Ceremony, @Ctx() context: GraphQLContext): Document[] {
    return documentsOf(context, ceremony, ceremony.legalBasisDocumentIds);
  }
}

@Resolver(() => CeremonyReview)
export class CeremonyReviewFields {
  @FieldResolver(() => [Document], { description: 'Văn bản làm căn cứ của kết quả (báo cáo, kế hoạch)' })
  basisDocuments(@Root() review: CeremonyReview, @Ctx() context: GraphQLContext): Document[] {
    return documentsOf(context, review, review.basisDocumentIds);
  }
}

@Resolver(() => CeremonyParticipant)
export class CeremonyParticipantFields {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() participant: CeremonyParticipant, @Ctx() context: GraphQLContext): Person | null {
    return personAt(readAt(context, participant), participant.personId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() participant: CeremonyParticipant, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, participant), participant.unitId);
  }
}

@Resolver(() => CeremonyAttendance)
export class CeremonyAttendanceFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị tham dự, với tên ngày đó; null khi chỉ có nhóm được mô tả.' })
  unit(@Root() attendance: CeremonyAttendance, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, attendance), attendance.unitId);
  }
}

@Resolver(() => CeremonyAttendancePerson)
export class CeremonyAttendancePersonFields {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() linked: CeremonyAttendancePerson, @Ctx() context: GraphQLContext): Person | null {
    return personAt(readAt(context, linked), linked.personId);
  }
}

@Resolver(() => OfficeRepresentative)
export class OfficeRepresentativeFields {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() representative: OfficeRepresentative, @Ctx() context: GraphQLContext): Person | null {
    return personAt(readAt(context, representative), representative.personId);
  }
}

@Resolver(() => ClusterYear)
export class ClusterYearRecordsFields {
  @FieldResolver(() => OfficeRepresentative, {
    nullable: true,
    description: 'Người đại diện đơn vị Cụm trưởng năm đó (null: chưa ghi nhận).',
  })
  chairRepresentative(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): OfficeRepresentative | null {
    return representative(context, year, YearOfficeGql.CHAIR);
  }

  @FieldResolver(() => OfficeRepresentative, { nullable: true, description: 'Người đại diện đơn vị Cụm phó năm đó (null: chưa ghi nhận).' })
  viceChairRepresentative(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): OfficeRepresentative | null {
    return representative(context, year, YearOfficeGql.VICE_CHAIR);
  }

  @FieldResolver(() => [Ceremony], {
    description:
      'Các buổi lễ, cuộc họp tổng kết, sơ kết hoặc phát động năm này, và những cuộc họp không gắn kỳ nào được tổ chức trong năm.',
  })
  ceremonies(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Ceremony[] {
    return ceremoniesOf(readAt(context, year), year.clusterId).filter((c) =>
      c.reviewsYear === null && c.launchesYear === null
        ? c.held?.year === year.year
        : c.reviewsYear === year.year || c.launchesYear === year.year,
    );
  }
}

function representative(context: GraphQLContext, year: ClusterYear, office: YearOfficeGql): OfficeRepresentative | null {
  const named = representativesOf(readAt(context, year), year.clusterId, year.year).find((r) => r.office === office);
  return named ? { ...named, office, at: year.at } : null;
}

@Resolver(() => AwardDecision)
export class AwardDecisionDocumentFields {
  @FieldResolver(() => Document, {
    nullable: true,
    description:
      'Quyết định khen thưởng, đọc thành văn bản: văn bản trong sổ khớp số hiệu, hoặc những gì số hiệu cho biết (resolution nói rõ: chưa vào sổ, hay khớp nhiều văn bản).',
  })
  document(@Root() decision: AwardDecision, @Ctx() context: GraphQLContext): Document | null {
    return citedDocumentAt(readAt(context, decision), decision.decisionNumber);
  }
}

@Resolver(() => CriteriaSetVersionGql)
export class CriteriaSetDocumentFields {
  @FieldResolver(() => Document, {
    nullable: true,
    description: 'Căn cứ của bộ tiêu chí, đọc thành văn bản (văn bản trong sổ khớp trích dẫn, nếu có; xem resolution).',
  })
  legalBasisDocument(@Root() set: CriteriaSetVersionGql, @Ctx() context: GraphQLContext): Document | null {
    return citedDocumentAt(readAt(context, set), set.legalBasis);
  }
}

@Resolver(() => Agreement)
export class AgreementDocumentFields {
  @FieldResolver(() => [Document], {
    description:
      'Căn cứ, đọc thành văn bản: văn bản trong sổ khớp mọi phần trích dẫn nêu, hoặc những gì trích dẫn cho biết (resolution UNRESOLVED), hoặc các ứng viên khi khớp nhiều văn bản (AMBIGUOUS).',
  })
  legalBasisDocuments(@Root() agreement: Agreement, @Ctx() context: GraphQLContext): Document[] {
    const models = readAt(context, agreement);
    return agreement.legalBases.flatMap((text) => citedDocumentAt(models, text) ?? []);
  }
}
