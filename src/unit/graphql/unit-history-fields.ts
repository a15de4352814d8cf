import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import type { AwardStatusGql } from '../../graphql/enums';
import { readAt, type ModelsAt } from '../../graphql/models-at';
import { Unit, UnitMembership, UnitTitle } from './unit-types';

/** The unit and every unit merged into it, directly or through earlier merges: whose records its history shows. */
function lineage(models: ModelsAt, unitId: string, seen = new Set<string>()): string[] {
  if (seen.has(unitId)) return [];
  seen.add(unitId);
  const predecessors = models.unit(unitId)?.predecessorUnitIds ?? [];
  return [unitId, ...predecessors.flatMap((id) => lineage(models, id, seen))];
}

@Resolver(() => Unit)
export class UnitHistoryFields {
  @FieldResolver(() => [Unit], { description: 'Các đơn vị tiền thân (đã sáp nhập vào đơn vị này).' })
  predecessors(@Root() unit: Unit, @Ctx() context: GraphQLContext): Unit[] {
    const models = readAt(context, unit);
    return unit.predecessorUnitIds.flatMap((id) => models.unit(id) ?? []);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị kế thừa.' })
  successor(@Root() unit: Unit, @Ctx() context: GraphQLContext): Unit | null {
    return readAt(context, unit).unit(unit.successorUnitId);
  }

  @FieldResolver(() => [UnitMembership], {
    description: 'Các Cụm theo năm, kể cả hồ sơ của đơn vị tiền thân trong những năm trước sáp nhập.',
  })
  memberships(@Root() unit: Unit, @Ctx() context: GraphQLContext): UnitMembership[] {
    const models = readAt(context, unit);
    return lineage(models, unit.id)
      .flatMap((recordOfUnitId) =>
        models.membershipsOf(recordOfUnitId).map((y) => ({
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
        models
          .awardsOf(recordOfUnitId)
          .filter(({ award }) => award.status !== 'PROPOSED')
          .map(({ clusterId, year, award }) => ({
            year,
            clusterId,
            awardId: award.awardId,
            titleId: award.titleId,
            titleName: models.title(award.titleId)?.name ?? null,
            status: award.status as AwardStatusGql,
            decisionNumber: award.decision?.decisionNumber ?? null,
            revocationGrounds: award.revocation?.grounds ?? null,
            recordOfUnitId,
          })),
      )
      .sort((a, b) => a.year - b.year);
  }
}
