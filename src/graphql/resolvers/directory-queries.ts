import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isWholeGraph } from '../../../projections/directory/cluster-graph';
import { findClusters, findUnits } from '../../../projections/directory/directory-filters';
import { resolveAt } from '../as-of';
import { graphOut } from '../cluster-graph-cache';
import type { GraphQLContext } from '../context';
import { clusterAt, clusterYearAt, unitAt } from './directory-at';
import { nameDateOf } from '../../../projections/directory/names-by-year';
import { AS_OF, AsOfScalar, type AsOfValue } from '../scalars/as-of';
import { ClusterFilterArgs, GraphFilterArgs, UnitFilterArgs } from '../inputs/directory-filter-args';
import { PageArgs } from '../inputs/page-args';
import { paginate } from '../pagination';
import { Cluster, ClusterConnection, ClusterYear, ClusterYearConnection } from '../types/cluster';
import type { Page } from '../types/connection';
import { ClusterGraphGql } from '../types/cluster-graph';
import { Unit, UnitConnection } from '../types/unit';

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
    @Ctx() { app }: GraphQLContext,
  ): Unit[] {
    const at = resolveAt(app, asOf);
    return findUnits(app.models.directory, filter, at).map((u) => Unit.from(u, at));
  }

  @Authorized()
  @Query(() => UnitConnection, { description: 'Các đơn vị khớp bộ lọc, theo thứ tự tên tiếng Việt, từng trang (Relay).' })
  unitsConnection(
    @Args() filter: UnitFilterArgs,
    @Args() page: PageArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Page<Unit> {
    const at = resolveAt(app, asOf);
    const { edges, pageInfo, totalCount } = paginate(findUnits(app.models.directory, filter, at), (u) => u.id, page);
    const nodes = edges.map(({ node }) => Unit.from(node, at));
    return { edges: edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })), nodes, pageInfo, totalCount };
  }

  @Authorized()
  @Query(() => ClusterConnection, { description: 'Các Cụm/Khối thi đua khớp bộ lọc, theo thứ tự tên, từng trang (Relay).' })
  clusters(
    @Args() filter: ClusterFilterArgs,
    @Args() page: PageArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Page<Cluster> {
    const at = resolveAt(app, asOf);
    return paginate(
      findClusters(app.models.directory, filter, at).map((c) => Cluster.from(c, at)),
      (c) => c.id,
      page,
    );
  }

  @Authorized()
  @Query(() => Unit, { nullable: true })
  unit(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Unit | null {
    return unitAt(app, id, resolveAt(app, asOf));
  }

  @Authorized()
  @Query(() => Cluster, { nullable: true, description: 'Một Cụm/Khối thi đua và các năm của nó.' })
  cluster(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Cluster | null {
    return clusterAt(app, id, resolveAt(app, asOf));
  }

  @Authorized()
  @Query(() => ClusterYear, { nullable: true })
  clusterYear(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): ClusterYear | null {
    return clusterYearAt(app, clusterId, year, resolveAt(app, asOf));
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
    @Ctx() { app }: GraphQLContext,
  ): ClusterGraphGql {
    const at = resolveAt(app, asOf);
    return isWholeGraph(filter) ? app.graphs.get(year, at) : graphOut(app, year, at, filter);
  }
}

@Resolver(() => Unit)
export class UnitFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị cấp trên.' })
  parent(@Root() unit: Unit, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, unit.parentUnitId, unit.at, unit.namedAsOn);
  }
}

@Resolver(() => Cluster)
export class ClusterFields {
  @FieldResolver(() => Unit, { nullable: true, description: 'Cơ quan tổ chức.' })
  organizer(@Root() cluster: Cluster, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, cluster.organizerUnitId, cluster.at);
  }

  @FieldResolver(() => [ClusterYear], { description: 'Các năm thi đua của Cụm, theo thứ tự.' })
  years(@Root() cluster: Cluster, @Ctx() { app }: GraphQLContext): ClusterYear[] {
    return app.models.directory.yearsOf(cluster.id, cluster.at).map((y) => ClusterYear.from(y, cluster.at));
  }

  @FieldResolver(() => ClusterYearConnection, { description: 'Các năm thi đua của Cụm, cũ nhất trước, từng trang (Relay).' })
  clusterYears(@Root() cluster: Cluster, @Args() page: PageArgs, @Ctx() context: GraphQLContext): Page<ClusterYear> {
    return paginate(this.years(cluster, context), (y) => String(y.year), page);
  }
}

@Resolver(() => ClusterYear)
export class ClusterYearFields {
  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): Cluster | null {
    return clusterAt(app, year.clusterId, year.at);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị thành viên.' })
  members(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): Unit[] {
    return year.memberUnitIds.flatMap((id) => unitAt(app, id, year.at, nameDateOf(year)) ?? []);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Cụm trưởng.' })
  chair(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, year.chairUnitId, year.at, nameDateOf(year));
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Cụm phó.' })
  viceChair(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, year.viceChairUnitId, year.at, nameDateOf(year));
  }
}
