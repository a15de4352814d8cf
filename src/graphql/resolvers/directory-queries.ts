import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { clusterGraph } from '../../../projections/directory/cluster-graph';
import { EXACT_MATCH, matchRank, vietnameseCollator } from '../../../projections/directory/vietnamese-search';
import { resolveAt } from '../as-of';
import type { GraphQLContext } from '../context';
import { unitAt } from './unit-at';
import { nameDateOf } from '../../../projections/directory/names-by-year';
import { AS_OF, AsOfScalar, type AsOfValue } from '../scalars/as-of';
import { Cluster, ClusterYear } from '../types/cluster';
import { ClusterGraph } from '../types/cluster-graph';
import { Unit } from '../types/unit';



@Resolver()
export class DirectoryQueries {
  @Authorized()
  @Query(() => [Unit], {
    description:
      'Các đơn vị, theo thứ tự tên tiếng Việt. `search` tìm không dấu, không phân biệt hoa thường, đ = d, hiểu cách viết tắt (VKSND, TP, TX) và chữ cái đầu (VKSTC, TP.HCM, TPHCM, HCM), xếp sau các kết quả khớp đúng.',
  })
  units(
    @Arg('search', () => String, { nullable: true }) search: string | null | undefined,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): Unit[] {
    const at = resolveAt(app, asOf);
    if (search && search.length > 200)
      throw new GraphQLError('Chuỗi tìm kiếm dài tối đa 200 ký tự.', { extensions: { code: 'BAD_USER_INPUT' } });
    return app.models.directory
      .allUnits(at)
      .flatMap((unit) => {
        const rank = search ? matchRank(search, unit.name, unit.shortName, ...unit.names.map((n) => n.name)) : EXACT_MATCH;
        return rank === null ? [] : [{ unit, rank }];
      })
      .sort((a, b) => a.rank - b.rank || vietnameseCollator.compare(a.unit.name, b.unit.name))
      .map(({ unit }) => Unit.from(unit, at));
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
    const at = resolveAt(app, asOf);
    const view = app.models.directory.cluster(id, at);
    return view ? Cluster.from(view, at) : null;
  }

  @Authorized()
  @Query(() => ClusterYear, { nullable: true })
  clusterYear(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): ClusterYear | null {
    const at = resolveAt(app, asOf);
    const view = app.models.directory.clusterYear(clusterId, year, at);
    return view ? ClusterYear.from(view, at) : null;
  }

  @Authorized()
  @Query(() => ClusterGraph, { description: 'Sơ đồ các Cụm thi đua của một năm, để vẽ.' })
  clusterGraph(
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): ClusterGraph {
    return clusterGraph(app.models.directory, year, resolveAt(app, asOf));
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
}

@Resolver(() => ClusterYear)
export class ClusterYearFields {
  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() year: ClusterYear, @Ctx() { app }: GraphQLContext): Cluster | null {
    const view = app.models.directory.cluster(year.clusterId, year.at);
    return view ? Cluster.from(view, year.at) : null;
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
