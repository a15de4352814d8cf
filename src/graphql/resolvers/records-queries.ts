import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { CeremonyView, DocumentView } from '../../../projections/records/views';
import { formatCitation, parseCitation } from '../../domain/document/citation';
import type { App } from '../../app';
import { resolveAt } from '../as-of';
import type { GraphQLContext } from '../context';
import { YearOfficeGql } from '../enums';
import { AS_OF, AsOfScalar, type AsOfValue } from '../scalars/as-of';
import { ClusterYear } from '../types/cluster';
import { Ceremony, CeremonyParticipant, Document, OfficeRepresentative, Person, PersonParticipation } from '../types/records';
import { Unit } from '../types/unit';
import { CriteriaSetVersionGql } from '../types/catalogue';
import { Agreement, AwardDecision } from '../types/year-records';
import { unitAt } from './directory-at';

function documentOut(view: DocumentView): Document {
  return {
    ...view,
    issuerCode: parseCitation(view.number)?.issuerCode ?? null,
    citation: formatCitation(view.kind, view.number, view.issuedOn),
  };
}

/** A document cited as text: the registered one with that number, else what the citation itself says. */
export function documentCited(app: Pick<App, 'models'>, text: string, at: At): Document | null {
  const cited = parseCitation(text);
  const registered = app.models.records.documentByNumber(cited?.number ?? text, at);
  if (registered) return documentOut(registered);
  if (!cited) return null;
  return {
    documentId: null,
    ...cited,
    issuerUnitId: null,
    title: null,
    citation: formatCitation(cited.kind, cited.number, cited.issuedOn),
  };
}

const ceremonyOut = (view: CeremonyView, at: At): Ceremony => ({
  ...view,
  participants: view.participants.map((p) => ({ ...p, at })),
  review: view.review ? { ...view.review, commendations: [...view.review.commendations] } : null,
  at,
});

const personAt = (app: Pick<App, 'models'>, id: string, at: At): Person | null => {
  const view = app.models.records.person(id, at);
  return view ? { ...view, at } : null;
};

@Resolver()
export class RecordsQueries {
  @Authorized()
  @Query(() => Document, { nullable: true, description: 'Một văn bản trong sổ.' })
  document(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Document | null {
    const view = app.models.records.document(id, resolveAt(app, asOf));
    return view ? documentOut(view) : null;
  }

  @Authorized()
  @Query(() => [Document], { description: 'Sổ văn bản, theo ngày ban hành.' })
  documents(@Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null, @Ctx() { app }: GraphQLContext): Document[] {
    return app.models.records
      .allDocuments(resolveAt(app, asOf))
      .sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') || a.number.localeCompare(b.number))
      .map(documentOut);
  }

  @Authorized()
  @Query(() => Document, {
    nullable: true,
    description:
      'Đọc một trích dẫn văn bản ("Kế hoạch số 12/KH-VKS ngày 10/01/2022") thành các phần; văn bản trong sổ nếu có cùng số. Null khi không đọc được.',
  })
  readCitation(@Arg('text') text: string, @Ctx() { app }: GraphQLContext): Document | null {
    return documentCited(app, text, 'current');
  }

  @Authorized()
  @Query(() => Person, { nullable: true, description: 'Một người trong hồ sơ, với các buổi lễ đã tham dự.' })
  person(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Person | null {
    return personAt(app, id, resolveAt(app, asOf));
  }

  @Authorized()
  @Query(() => Ceremony, { nullable: true })
  ceremony(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Ceremony | null {
    const at = resolveAt(app, asOf);
    const view = app.models.records.ceremony(id, at);
    return view ? ceremonyOut(view, at) : null;
  }

  @Authorized()
  @Query(() => [Ceremony], { description: 'Các buổi lễ của một Cụm, cũ nhất trước.' })
  ceremonies(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Ceremony[] {
    const at = resolveAt(app, asOf);
    return app.models.records.ceremoniesOf(clusterId, at).map((c) => ceremonyOut(c, at));
  }
}

@Resolver(() => Person)
export class PersonFields {
  @FieldResolver(() => [PersonParticipation], { description: 'Các buổi lễ người này tham dự, với vai trò, chức vụ, đơn vị.' })
  ceremonies(@Root() person: Person, @Ctx() { app }: GraphQLContext): PersonParticipation[] {
    return app.models.records
      .ceremoniesOfPerson(person.personId, person.at)
      .flatMap((c) =>
        c.participants.filter((p) => p.personId === person.personId).map((p) => ({ ...p, ceremony: ceremonyOut(c, person.at) })),
      );
  }
}

@Resolver(() => Ceremony)
export class CeremonyFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị đăng cai, với tên ngày tổ chức.' })
  host(@Root() ceremony: Ceremony, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, ceremony.hostUnitId, ceremony.at, ceremony.heldOn);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'Văn bản tổ chức buổi lễ.' })
  organisingDocument(@Root() ceremony: Ceremony, @Ctx() { app }: GraphQLContext): Document | null {
    const view = ceremony.organisingDocumentId ? app.models.records.document(ceremony.organisingDocumentId, ceremony.at) : undefined;
    return view ? documentOut(view) : null;
  }
}

@Resolver(() => CeremonyParticipant)
export class CeremonyParticipantFields {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() participant: CeremonyParticipant, @Ctx() { app }: GraphQLContext): Person | null {
    return personAt(app, participant.personId, participant.at);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() participant: CeremonyParticipant, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, participant.unitId, participant.at);
  }
}

@Resolver(() => OfficeRepresentative)
export class OfficeRepresentativeFields {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() representative: OfficeRepresentative, @Ctx() { app }: GraphQLContext): Person | null {
    return personAt(app, representative.personId, representative.at);
  }
}

@Resolver(() => ClusterYear)
export class ClusterYearRecordsFields {
  @FieldResolver(() => OfficeRepresentative, {
    nullable: true,
    description: 'Người đại diện đơn vị Cụm trưởng năm đó (null: chưa ghi nhận).',
  })
  chairRepresentative(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): OfficeRepresentative | null {
    return representative(app, year, YearOfficeGql.CHAIR);
  }

  @FieldResolver(() => OfficeRepresentative, { nullable: true, description: 'Người đại diện đơn vị Cụm phó năm đó (null: chưa ghi nhận).' })
  viceChairRepresentative(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): OfficeRepresentative | null {
    return representative(app, year, YearOfficeGql.VICE_CHAIR);
  }

  @FieldResolver(() => [Ceremony], { description: 'Các buổi lễ tổng kết hoặc phát động năm này.' })
  ceremonies(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): Ceremony[] {
    return app.models.records
      .ceremoniesOf(year.clusterId, year.at)
      .filter((c) => c.reviewsYear === year.year || c.launchesYear === year.year)
      .map((c) => ceremonyOut(c, year.at));
  }
}

function representative(app: Pick<App, 'models'>, year: ClusterYear, office: YearOfficeGql): OfficeRepresentative | null {
  const named = app.models.records.representativesOf(year.clusterId, year.year, year.at).find((r) => r.office === office);
  return named ? { ...named, office, at: year.at } : null;
}

@Resolver(() => AwardDecision)
export class AwardDecisionDocumentFields {
  @FieldResolver(() => Document, {
    nullable: true,
    description: 'Quyết định khen thưởng, đọc thành văn bản: văn bản trong sổ cùng số, hoặc những gì số hiệu cho biết.',
  })
  document(@Root() decision: AwardDecision, @Ctx() { app }: GraphQLContext): Document | null {
    return documentCited(app, decision.decisionNumber, decision.at);
  }
}

@Resolver(() => CriteriaSetVersionGql)
export class CriteriaSetDocumentFields {
  @FieldResolver(() => Document, {
    nullable: true,
    description: 'Căn cứ của bộ tiêu chí, đọc thành văn bản (văn bản trong sổ cùng số, nếu có).',
  })
  legalBasisDocument(@Root() set: CriteriaSetVersionGql, @Ctx() { app }: GraphQLContext): Document | null {
    return documentCited(app, set.legalBasis, 'current');
  }
}

@Resolver(() => Agreement)
export class AgreementDocumentFields {
  @FieldResolver(() => [Document], {
    description: 'Căn cứ, đọc thành văn bản: văn bản trong sổ cùng số, hoặc những gì trích dẫn cho biết.',
  })
  legalBasisDocuments(@Root() agreement: Agreement, @Ctx() { app }: GraphQLContext): Document[] {
    return agreement.legalBases.flatMap((text) => documentCited(app, text, agreement.at) ?? []);
  }
}
