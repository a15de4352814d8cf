import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { awardsOfAt, dossierAt, dossiersAt, inboxAt } from './dossier-reads';
import { DossierAwardGql, DossierGql, DossierStatusGql } from './dossier-types';

const OPTIONAL_ID = { nullable: true } as const;

@Resolver()
export class DossierQueries {
  @Authorized()
  @Query(() => DossierGql, { nullable: true, description: 'Một hồ sơ đề nghị khen thưởng với các mục và toàn bộ quá trình xử lý.' })
  dossier(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): DossierGql | null {
    return dossierAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => [DossierGql], { description: 'Các hồ sơ theo bên đề nghị, nơi nhận, bước và năm; năm mới trước.' })
  dossiers(
    @Arg('proposerId', () => ID, OPTIONAL_ID) proposerId: string | null,
    @Arg('addresseeId', () => ID, OPTIONAL_ID) addresseeId: string | null,
    @Arg('status', () => DossierStatusGql, { nullable: true }) status: DossierStatusGql | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): DossierGql[] {
    return dossiersAt(readAsOf(context, asOf), {
      ...(proposerId ? { proposerId } : {}),
      ...(addresseeId ? { addresseeId } : {}),
      ...(status ? { status } : {}),
      ...(year ? { year } : {}),
    });
  }

  @Authorized()
  @Query(() => [DossierGql], { description: 'Hồ sơ gửi đến một nơi nhận đang chờ tiếp nhận hoặc thẩm định.' })
  dossierInbox(
    @Arg('addresseeId', () => ID) addresseeId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): DossierGql[] {
    return inboxAt(readAsOf(context, asOf), addresseeId);
  }

  @Authorized()
  @Query(() => [DossierAwardGql], {
    description: 'Hồ sơ thành tích của một đơn vị: các khen thưởng đã quyết định qua các năm, năm cũ trước.',
  })
  unitAwards(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): DossierAwardGql[] {
    return awardsOfAt(readAsOf(context, asOf), { kind: 'UNIT', id: unitId });
  }

  @Authorized()
  @Query(() => [DossierAwardGql], {
    description: 'Hồ sơ thành tích của một người: các khen thưởng đã quyết định qua các năm, năm cũ trước.',
  })
  personAwards(
    @Arg('personId', () => ID) personId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): DossierAwardGql[] {
    return awardsOfAt(readAsOf(context, asOf), { kind: 'PERSON', id: personId });
  }
}
