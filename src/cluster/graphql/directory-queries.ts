import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf, readAt } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { ClusterFilterArgs, GraphFilterArgs, UnitFilterArgs } from './directory-filter-args';
import { PageArgs } from '../../graphql/page-args';
import { paginate } from '../../graphql/pagination';
import { Cluster, ClusterConnection, ClusterYear, ClusterYearConnection } from './cluster-types';
import type { Page } from '../../graphql/connection';
import { ClusterGraphGql } from './cluster-graph-types';
import { Unit, UnitConnection } from '../../unit/graphql/unit-types';
import { clusterAt, clusterYearAt, clustersAt, graphAt, yearsOf } from './cluster-reads';
import { unitAt, unitsAt } from '../../unit/graphql/unit-reads';

@Resolver()
export class DirectoryQueries {
  @Authorized()
  @Query(() => [Unit], {
    description:
      'Mọi đơn vị khớp bộ lọc, theo thứ tự tên tiếng Việt, không phân trang (giữ cho client cũ; danh sách dài dùng unitsConnection).',
  })
  units(
    @Args() filter: UnitFilterArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Unit[] {
    return unitsAt(readAsOf(context, asOf), filter);
  }

  @Authorized()
  @Query(() => UnitConnection, { description: 'Các đơn vị khớp bộ lọc, theo thứ tự tên tiếng Việt, từng trang (Relay).' })
  unitsConnection(
    @Args() filter: UnitFilterArgs,
    @Args() page: PageArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Page<Unit> {
    return paginate(unitsAt(readAsOf(context, asOf), filter), (u) => u.id, page);
  }

  @Authorized()
  @Query(() => ClusterConnection, { description: 'Các Cụm/Khối thi đua khớp bộ lọc, theo thứ tự tên, từng trang (Relay).' })
  clusters(
    @Args() filter: ClusterFilterArgs,
    @Args() page: PageArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Page<Cluster> {
    return paginate(clustersAt(readAsOf(context, asOf), filter), (c) => c.id, page);
  }

  @Authorized()
  @Query(() => Unit, { nullable: true })
  unit(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Unit | null {
    return unitAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => Cluster, { nullable: true, description: 'Một Cụm/Khối thi đua và các năm của nó.' })
  cluster(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Cluster | null {
    return clusterAt(readAsOf(context, asOf), id);
  }

  @Authorized()
  @Query(() => ClusterYear, { nullable: true })
  clusterYear(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): ClusterYear | null {
    return clusterYearAt(readAsOf(context, asOf), clusterId, year);
  }

  @Authorized()
  @Query(() => ClusterGraphGql, {
    description:
      'Sơ đồ các Cụm thi đua của một năm, để vẽ; thu hẹp theo cơ quan tổ chức, các Cụm, loại, cấp của cơ quan tổ chức, hoặc quanh một đơn vị (các Cụm của nó, thành viên và đơn vị cấp trên của họ).',
  })
  clusterGraph(
    @Arg('year', () => Int) year: number,
    @Args() filter: GraphFilterArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): ClusterGraphGql {
    return graphAt(readAsOf(context, asOf), year, filter);
  }
}

@Resolver(() => Unit)
export class UnitFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị cấp trên.' })
  parent(@Root() unit: Unit, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, unit), unit.parentUnitId, unit.namedAsOn);
  }
}

@Resolver(() => Cluster)
export class ClusterFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Cơ quan tổ chức.' })
  organizer(@Root() cluster: Cluster, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, cluster), cluster.organizerUnitId);
  }

  @FieldResolver(() => [ClusterYear], { description: 'Các năm thi đua của Cụm, theo thứ tự.' })
  years(@Root() cluster: Cluster, @Ctx() context: GraphQLContext): ClusterYear[] {
    return yearsOf(readAt(context, cluster), cluster.id);
  }

  @FieldResolver(() => ClusterYearConnection, { description: 'Các năm thi đua của Cụm, cũ nhất trước, từng trang (Relay).' })
  clusterYears(@Root() cluster: Cluster, @Args() page: PageArgs, @Ctx() context: GraphQLContext): Page<ClusterYear> {
    return paginate(this.years(cluster, context), (y) => String(y.year), page);
  }
}

@Resolver(() => ClusterYear)
export class ClusterYearFields {
  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Cluster | null {
    return clusterAt(readAt(context, year), year.clusterId);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị thành viên.' })
  members(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Unit[] {
    const models = readAt(context, year);
    return year.memberUnitIds.flatMap((id) => unitAt(models, id, year.namesOn) ?? []);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Cụm trưởng.' })
  chair(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, year), year.chairUnitId, year.namesOn);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Cụm phó.' })
  viceChair(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, year), year.viceChairUnitId, year.namesOn);
  }
}
