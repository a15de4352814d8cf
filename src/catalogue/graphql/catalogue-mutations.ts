import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { defineTitle, publishCriteriaSet } from '../handlers';
import { dissolveUnit, mergeUnits, renameUnit } from '../../unit/handlers';
import type { GraphQLContext } from '../../graphql/context';
import { DefineTitleInputGql, PublishCriteriaSetInputGql } from './catalogue-inputs';
import { DissolveUnitInputGql, MergeUnitsInputGql, RenameUnitInputGql } from '../../unit/graphql/unit-history-inputs';
import { criteriaSetInHundredths } from '../../graphql/points';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand, same } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';

/** Commands on the catalogue (criteria sets, titles) and on units over time. */
@Resolver()
export class CatalogueMutations {
  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, { description: 'Ban hành một phiên bản bộ tiêu chí (PublishCriteriaSet).' })
  publishCriteriaSet(@Arg('input') input: PublishCriteriaSetInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, publishCriteriaSet, criteriaSetInHundredths);
  }

  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, { description: 'Bổ sung danh hiệu vào danh mục (DefineTitle).' })
  defineTitle(@Arg('input') input: DefineTitleInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, defineTitle, same);
  }

  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, { description: 'Đổi tên đơn vị từ một ngày (RenameUnit).' })
  renameUnit(@Arg('input') input: RenameUnitInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, renameUnit, (i) => ({ ...i, shortName: i.shortName ?? null }));
  }

  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, {
    description: 'Sáp nhập các đơn vị vào đơn vị kế thừa (MergeUnits). Gửi lại cùng commandId sẽ hoàn tất phần còn dở mà không lặp lại.',
  })
  mergeUnits(@Arg('input') input: MergeUnitsInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, mergeUnits, same);
  }

  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, { description: 'Giải thể đơn vị (DissolveUnit).' })
  dissolveUnit(@Arg('input') input: DissolveUnitInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, dissolveUnit, same, (i) => i.reason);
  }
}
