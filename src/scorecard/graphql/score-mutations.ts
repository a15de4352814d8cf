import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { correctScore, recordScore } from '../handlers';
import type { GraphQLContext } from '../../graphql/context';
import { CorrectScoreInputGql, RecordScoreInputGql, scoreOf } from './score-inputs';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand } from '../../graphql/execute-command';
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
