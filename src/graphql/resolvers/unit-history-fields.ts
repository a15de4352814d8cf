import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReadModels } from '../../../projections/read-models';
import type { At } from '../../../projections/history';
import type { GraphQLContext } from '../context';
import { unitAt } from './directory-at';
import type { AwardStatusGql } from '../enums';
import { Unit, UnitMembership, UnitTitle } from '../types/unit';

/** The unit and every unit merged into it, directly or through earlier merges: whose records its history shows. */
function lineage(models: ReadModels, unitId: string, at: At, seen = new Set<string>()): string[] {
  if (seen.has(unitId)) return [];
  seen.add(unitId);
  const predecessors = models.directory.unit(unitId, at)?.predecessorUnitIds ?? [];
  return [unitId, ...predecessors.flatMap((id) => lineage(models, id, at, seen))];
}

@Resolver(() => Unit)
export class UnitHistoryFields {
  @FieldResolver(() => [Unit], { description: 'Các đơn vị tiền thân (đã sáp nhập vào đơn vị này).' })
  predecessors(@Root() unit: Unit, @Ctx() { app }: GraphQLContext): Unit[] {
    return unit.predecessorUnitIds.flatMap((id) => unitAt(app, id, unit.at) ?? []);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị kế thừa.' })
  successor(@Root() unit: Unit, @Ctx() { app }: GraphQLContext): Unit | null {
    return unitAt(app, unit.successorUnitId, unit.at);
  }

  @FieldResolver(() => [UnitMembership], {
    description: 'Các Cụm theo năm, kể cả hồ sơ của đơn vị tiền thân trong những năm trước sáp nhập.',
  })
  memberships(@Root() unit: Unit, @Ctx() { app }: GraphQLContext): UnitMembership[] {
    return lineage(app.models, unit.id, unit.at)
      .flatMap((recordOfUnitId) =>
        app.models.directory.membershipsOf(recordOfUnitId, unit.at).map((y) => ({
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
  titles(@Root() unit: Unit, @Ctx() { app }: GraphQLContext): UnitTitle[] {
    return lineage(app.models, unit.id, unit.at)
      .flatMap((recordOfUnitId) =>
        app.models.yearRecords
          .awardsOf(recordOfUnitId, unit.at)
          .filter(({ award }) => award.status !== 'PROPOSED')
          .map(({ clusterId, year, award }) => ({
            year,
            clusterId,
            awardId: award.awardId,
            titleId: award.titleId,
            titleName: app.models.catalogue.title(award.titleId, unit.at)?.name ?? null,
            status: award.status as AwardStatusGql,
            decisionNumber: award.decision?.decisionNumber ?? null,
            revocationGrounds: award.revocation?.grounds ?? null,
            recordOfUnitId,
          })),
      )
      .sort((a, b) => a.year - b.year);
  }
}
