import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAt } from '../../graphql/models-at';
import { Unit } from './unit-types';
import { unitAt } from './unit-reads';

@Resolver(() => Unit)
export class UnitHistoryFields {
  @FieldResolver(() => [Unit], { description: 'Các đơn vị tiền thân (đã sáp nhập vào đơn vị này).' })
  predecessors(@Root() unit: Unit, @Ctx() context: GraphQLContext): Unit[] {
    const models = readAt(context, unit);
    return unit.predecessorUnitIds.flatMap((id) => unitAt(models, id) ?? []);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị kế thừa.' })
  successor(@Root() unit: Unit, @Ctx() context: GraphQLContext): Unit | null {
    return unitAt(readAt(context, unit), unit.successorUnitId);
  }
}
