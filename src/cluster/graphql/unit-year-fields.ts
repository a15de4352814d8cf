import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { titleAt } from '../../catalogue/graphql/catalogue-reads';
import type { GraphQLContext } from '../../graphql/context';
import { AwardStatusGql } from '../../graphql/enums';
import { readAt, type ModelsAt } from '../../graphql/models-at';
import { unitAt } from '../../unit/graphql/unit-reads';
import { Unit } from '../../unit/graphql/unit-types';
import { awardsOf, membershipsOf } from './cluster-reads';

@ObjectType({ description: 'Đơn vị là thành viên của một Cụm trong một năm.' })
export class UnitMembership {
  @Field(() => Int) year!: number;
  @Field(() => ID) clusterId!: string;
  @Field({ description: 'Là Cụm trưởng' }) chair!: boolean;
  @Field({ description: 'Là Cụm phó' }) viceChair!: boolean;
  @Field(() => ID, { description: 'Đơn vị có hồ sơ này: chính nó, hoặc đơn vị tiền thân đã sáp nhập vào nó' })
  recordOfUnitId!: string;
}

@ObjectType({ description: 'Danh hiệu của đơn vị trong một năm.' })
export class UnitTitle {
  @Field(() => Int) year!: number;
  @Field(() => ID) clusterId!: string;
  @Field(() => ID) awardId!: string;
  @Field(() => ID) titleId!: string;
  @Field(() => String, { nullable: true }) titleName!: string | null;
  @Field(() => AwardStatusGql) status!: AwardStatusGql;
  @Field(() => String, { nullable: true }) decisionNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Căn cứ thu hồi, nếu bị thu hồi' }) revocationGrounds!: string | null;
  @Field(() => ID, { description: 'Đơn vị có hồ sơ này: chính nó, hoặc đơn vị tiền thân đã sáp nhập vào nó' })
  recordOfUnitId!: string;
}

/** The unit and every unit merged into it, directly or through earlier merges: whose records its history shows. */
function lineage(models: ModelsAt, unitId: string, seen = new Set<string>()): string[] {
  if (seen.has(unitId)) return [];
  seen.add(unitId);
  const predecessors = unitAt(models, unitId)?.predecessorUnitIds ?? [];
  return [unitId, ...predecessors.flatMap((id) => lineage(models, id, seen))];
}

/** A unit's years in clusters and the titles awarded there: the cluster slice's fields on the unit slice's Unit. */
@Resolver(() => Unit)
export class UnitYearFields {
  @FieldResolver(() => [UnitMembership], {
    description: 'Các Cụm theo năm, kể cả hồ sơ của đơn vị tiền thân trong những năm trước sáp nhập.',
  })
  memberships(@Root() unit: Unit, @Ctx() context: GraphQLContext): UnitMembership[] {
    const models = readAt(context, unit);
    return lineage(models, unit.id)
      .flatMap((recordOfUnitId) =>
        membershipsOf(models, recordOfUnitId).map((y) => ({
          year: y.year,
          clusterId: y.clusterId,
          chair: y.chairUnitId === recordOfUnitId,
          viceChair: y.viceChairUnitId === recordOfUnitId,
          recordOfUnitId,
        })),
      )
      .sort((a, b) => a.year - b.year);
  }

  @FieldResolver(() => [UnitTitle], {
    description: 'Danh hiệu theo năm (đã quyết định hoặc đã thu hồi), kể cả của đơn vị tiền thân.',
  })
  titles(@Root() unit: Unit, @Ctx() context: GraphQLContext): UnitTitle[] {
    const models = readAt(context, unit);
    return lineage(models, unit.id)
      .flatMap((recordOfUnitId) =>
        awardsOf(models, recordOfUnitId)
          .filter(({ award }) => award.status !== 'PROPOSED')
          .map(({ clusterId, year, award }) => ({
            year,
            clusterId,
            awardId: award.awardId,
            titleId: award.titleId,
            titleName: titleAt(models, award.titleId)?.name ?? null,
            status: award.status as AwardStatusGql,
            decisionNumber: award.decision?.decisionNumber ?? null,
            revocationGrounds: award.revocation?.grounds ?? null,
            recordOfUnitId,
          })),
      )
      .sort((a, b) => a.year - b.year);
  }
}
