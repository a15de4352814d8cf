import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { rules, type Rule } from '../../authorization/rules';
import { CommandResultGql } from '../../graphql/command-result';
import type { GraphQLContext } from '../../graphql/context';
import { executeCommand, same } from '../../graphql/execute-command';
import { correctUnitLevel, dissolveUnit, mergeUnits, registerUnit, renameUnit } from '../handlers';
import {
  CorrectUnitLevelInputGql,
  DissolveUnitInputGql,
  MergeUnitsInputGql,
  RegisterUnitInputGql,
  RenameUnitInputGql,
} from './unit-inputs';

/** Commands on units: registration, and their life over time (renaming, merging, dissolving). */
@Resolver()
export class UnitMutations {
  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, { description: 'Đăng ký đơn vị (RegisterUnit).' })
  registerUnit(@Arg('input') input: RegisterUnitInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, registerUnit, (i) => ({
      ...i,
      shortName: i.shortName ?? null,
      parentUnitId: i.parentUnitId ?? null,
      establishedOn: i.establishedOn ?? null,
    }));
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

  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, {
    description: 'Sửa cấp đơn vị đã ghi nhầm (CorrectUnitLevel): phải nêu lý do; cấp mới phải hợp với đơn vị cấp trên và ngày thành lập.',
  })
  correctUnitLevel(@Arg('input') input: CorrectUnitLevelInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, correctUnitLevel, same, (i) => i.reason);
  }
}
