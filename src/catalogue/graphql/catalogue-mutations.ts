import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { defineTitle, publishCriteriaSet } from '../handlers';
import type { GraphQLContext } from '../../graphql/context';
import { DefineTitleInputGql, PublishCriteriaSetInputGql } from './catalogue-inputs';
import { criteriaSetInHundredths } from '../../graphql/points';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand, same } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';

/** Commands on the catalogue: criteria sets and titles. */
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
}
