import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf, readAt } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { Unit } from '../../unit/graphql/unit-types';
import { unitAt } from '../../unit/graphql/unit-reads';
import { CouncilGql, CouncilMembershipGql } from './council-types';
import { councilAt, councilsAt, dateAsked, membersOf, membershipsOfPerson } from './council-reads';
import { CeremonyAttendancePerson, CeremonyParticipant, Person } from './records-types';
import { Document, DocumentIssuerGql } from './document-types';
import { documentAt, documentsAt, personAt } from './records-reads';
import { IssuerKind } from '../domain/document/document-issuer';

const ON = {
  nullable: true,
  description: 'Ngày (năm, tháng hoặc ngày): chỉ những lần làm thành viên chắc chắn còn hiệu lực ngày đó; bỏ trống: mọi lần',
} as const;

@Resolver()
export class CouncilQueries {
  @Authorized()
  @Query(() => CouncilGql, { nullable: true, description: 'Một Hội đồng Thi đua – Khen thưởng, với các thành viên theo thời kỳ.' })
  council(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): CouncilGql | null {
    return councilAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => [CouncilGql], { description: 'Các Hội đồng của một đơn vị; không nêu đơn vị: mọi Hội đồng (Hội đồng ngành gồm cả).' })
  councils(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): CouncilGql[] {
    return councilsAt(readAsOf(context, asOf), unitId ?? null);
  }
}

@Resolver(() => CouncilGql)
export class CouncilBodyFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị của Hội đồng' })
  unit(@Root() council: CouncilGql, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, council), council.unitId);
  }

  @FieldResolver(() => [Document], { description: 'Văn bản Hội đồng ban hành (trong sổ văn bản), theo ngày ban hành.' })
  documents(@Root() council: CouncilGql, @Ctx() context: GraphQLContext): Document[] {
    return documentsAt(readAt(context, council)).filter((d) => d.issuer?.kind === IssuerKind.COUNCIL && d.issuer.id === council.councilId);
  }

  @FieldResolver(() => [CouncilMembershipGql], { description: 'Thành viên theo thời kỳ, bổ nhiệm cũ nhất trước.' })
  members(
    @Root() council: CouncilGql,
    @Arg('on', () => String, ON) on: string | null,
    @Ctx() context: GraphQLContext,
  ): CouncilMembershipGql[] {
    return membersOf(readAt(context, council), council, dateAsked(on ?? null));
  }
}

@Resolver(() => CouncilMembershipGql)
export class CouncilMembershipFields {
  @FieldResolver(() => CouncilGql, { nullable: true })
  council(@Root() membership: CouncilMembershipGql, @Ctx() context: GraphQLContext): CouncilGql | null {
    return councilAt(readAt(context, membership), membership.councilId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() membership: CouncilMembershipGql, @Ctx() context: GraphQLContext): Person | null {
    return personAt(readAt(context, membership), membership.personId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'Văn bản kiện toàn, bổ nhiệm' })
  appointingDocument(@Root() membership: CouncilMembershipGql, @Ctx() context: GraphQLContext): Document | null {
    return documentAt(readAt(context, membership), membership.appointingDocumentId);
  }
}

@Resolver(() => Person)
export class PersonCouncilFields {
  @FieldResolver(() => [CouncilMembershipGql], { description: 'Cương vị của người này trong các Hội đồng Thi đua – Khen thưởng.' })
  councilMemberships(
    @Root() person: Person,
    @Arg('on', () => String, ON) on: string | null,
    @Ctx() context: GraphQLContext,
  ): CouncilMembershipGql[] {
    return membershipsOfPerson(readAt(context, person), person.personId, dateAsked(on ?? null));
  }
}

const AT_THE_CEREMONY = {
  description: 'Cương vị trong Hội đồng Thi đua – Khen thưởng mà người này chắc chắn giữ vào ngày buổi lễ.',
} as const;

/** Council capacities held on the ceremony's date; a ceremony whose date is unknown shows none. */
const atTheCeremony = (context: GraphQLContext, person: CeremonyParticipant | CeremonyAttendancePerson) =>
  person.heldOn ? membershipsOfPerson(readAt(context, person), person.personId, person.heldOn) : [];

@Resolver(() => CeremonyParticipant)
export class CeremonyParticipantCouncilFields {
  @FieldResolver(() => [CouncilMembershipGql], AT_THE_CEREMONY)
  councilMemberships(@Root() participant: CeremonyParticipant, @Ctx() context: GraphQLContext): CouncilMembershipGql[] {
    return atTheCeremony(context, participant);
  }
}

@Resolver(() => CeremonyAttendancePerson)
export class CeremonyAttendancePersonCouncilFields {
  @FieldResolver(() => [CouncilMembershipGql], AT_THE_CEREMONY)
  councilMemberships(@Root() linked: CeremonyAttendancePerson, @Ctx() context: GraphQLContext): CouncilMembershipGql[] {
    return atTheCeremony(context, linked);
  }
}

@Resolver(() => DocumentIssuerGql)
export class DocumentIssuerCouncilFields {
  @FieldResolver(() => CouncilGql, {
    nullable: true,
    description: 'Hội đồng ban hành, khi cơ quan ban hành là một Hội đồng đã đăng ký (registerCouncil) dưới mã này',
  })
  council(@Root() issuer: DocumentIssuerGql, @Ctx() context: GraphQLContext): CouncilGql | null {
    return issuer.kind === IssuerKind.COUNCIL ? councilAt(readAt(context, issuer), issuer.id) : null;
  }
}
