import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { correctScore, recordScore } from '../../commands/handlers/scorecard-handlers';
import type { GraphQLContext } from '../context';
import { CorrectScoreInputGql, RecordScoreInputGql, scoreOf } from '../inputs/score-inputs';
import { CommandResultGql } from '../types/command-result';
import { executeCommand } from './execute-command';
import { SCORE_RULES, type Rule } from '../../authorization/rules';

@Resolver()
export class ScoreMutations {
  @Authorized<Rule>(...SCORE_RULES)
  @Mutation(() => CommandResultGql, { description: 'Ghi điểm một tiêu chí ở một giai đoạn (RecordScore).' })
  recordScore(@Arg('input') input: RecordScoreInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordScore, scoreOf);
  }

  @Authorized<Rule>(...SCORE_RULES)
  @Mutation(() => CommandResultGql, { description: 'Sửa điểm, bắt buộc nêu lý do (CorrectScore).' })
  correctScore(@Arg('input') input: CorrectScoreInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, correctScore, scoreOf, (i) => i.reason);
  }
}
