import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf } from '../../graphql/models-at';
import { criteriaSetVersionsAt, titlesAt } from './catalogue-reads';
import { CriteriaSetVersionGql, Title } from './catalogue-types';

@Resolver()
export class CatalogueQueries {
  @Authorized()
  @Query(() => [Title], { description: 'Danh mục danh hiệu thi đua.' })
  titles(@Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null, @Ctx() context: GraphQLContext): Title[] {
    return titlesAt(readAsOf(context, asOf));
  }

  @Authorized()
  @Query(() => [CriteriaSetVersionGql], { description: 'Các phiên bản của một bộ tiêu chí, cũ nhất trước.' })
  criteriaSet(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): CriteriaSetVersionGql[] {
    return criteriaSetVersionsAt(readAsOf(context, asOf), id);
  }
}
