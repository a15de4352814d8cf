import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';
import { citeSource, withdrawSource } from '../source-handlers';
import { CiteSourceInputGql, WithdrawSourceInputGql } from './source-inputs';

/** Whoever may enter records may say where they come from, as with persons. */
@Resolver()
export class SourceMutations {
  @Authorized<Rule>(rules.admin, rules.anyCouncil, rules.anyClusterOffice)
  @Mutation(() => CommandResultGql, {
    description:
      'Ghi nguồn của một hồ sơ: văn bản trong sổ, hoặc nguồn bên ngoài (cơ quan đăng tải, tiêu đề, địa chỉ, ngày xem) (CiteSource).',
  })
  citeSource(@Arg('input') input: CiteSourceInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, citeSource, (i) => ({
      citationId: i.citationId,
      record: { kind: i.record.kind, id: i.record.id, year: i.record.year ?? null, partId: i.record.partId ?? null },
      documentId: i.documentId ?? null,
      outside: i.outside
        ? { publisher: i.outside.publisher ?? null, title: i.outside.title, url: i.outside.url ?? null, seenOn: i.outside.seenOn ?? null }
        : null,
      note: i.note ?? null,
    }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil, rules.anyClusterOffice)
  @Mutation(() => CommandResultGql, { description: 'Rút một nguồn đã ghi, kèm lý do (WithdrawSource).' })
  withdrawSource(@Arg('input') input: WithdrawSourceInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(
      context,
      input,
      withdrawSource,
      (i) => i,
      (i) => i.reason,
    );
  }
}
