import { Length, IsOptional, Matches } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { At } from '../../../projections/history';
import { assignOversight, endOversight } from '../../cluster/year-handlers';
import { ClusterYear } from '../../cluster/graphql/cluster-types';
import { ClusterYearInput } from '../../cluster/graphql/directory-inputs';
import { rules, type Rule } from '../../authorization/rules';
import { CommandResultGql } from '../../graphql/command-result';
import type { GraphQLContext } from '../../graphql/context';
import { executeCommand } from '../../graphql/execute-command';
import { readAt } from '../../graphql/models-at';
import { TEXT, NOT_BLANK, id } from '../../graphql/validation';
import { Document } from './document-types';
import { Person } from './records-types';
import { documentAt, oversightOf, personAt } from './records-reads';

@InputType('AssignOversightInput', {
  description: 'Một người (đã ghi nhận) được phân công phụ trách Cụm trong năm, với cương vị như hồ sơ ghi.',
})
export class AssignOversightInputGql extends ClusterYearInput {
  @Field(() => ID) @id() personId!: string;
  @Field({ description: 'Cương vị như hồ sơ ghi, e.g. "Phó Viện trưởng VKSND tối cao phụ trách"' })
  @Length(1, 300, TEXT)
  @Matches(/\S/, NOT_BLANK)
  capacity!: string;
  @Field(() => ID, { nullable: true, description: 'Văn bản phân công, đã vào sổ' }) @IsOptional() @id() documentId?: string | null;
}

@InputType('EndOversightInput', { description: 'Người phụ trách Cụm thôi phụ trách trong năm, kèm lý do.' })
export class EndOversightInputGql extends ClusterYearInput {
  @Field(() => ID) @id() personId!: string;
  @Field({ description: 'Lý do (phân công lại, nghỉ hưu…)' }) @Length(1, 2000, TEXT) @Matches(/\S/, NOT_BLANK) reason!: string;
}

@ObjectType('ClusterOversight', { description: 'Người được phân công phụ trách Cụm trong năm, với cương vị như hồ sơ ghi.' })
export class ClusterOversightGql {
  @Field(() => ID) personId!: string;
  @Field({ description: 'Cương vị như hồ sơ ghi' }) capacity!: string;
  @Field(() => ID, { nullable: true, description: 'Văn bản phân công (null: hồ sơ không nêu)' }) documentId!: string | null;
  @Field(() => String, { nullable: true, description: 'Lý do thôi phụ trách, khi đã thôi (null: còn phụ trách)' })
  endReason!: string | null;
  at!: At;
}

@Resolver(() => ClusterOversightGql)
export class ClusterOversightFields {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() oversight: ClusterOversightGql, @Ctx() context: GraphQLContext): Person | null {
    return personAt(readAt(context, oversight), oversight.personId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'Văn bản phân công, trong sổ văn bản' })
  document(@Root() oversight: ClusterOversightGql, @Ctx() context: GraphQLContext): Document | null {
    return documentAt(readAt(context, oversight), oversight.documentId);
  }
}

@Resolver(() => ClusterYear)
export class ClusterYearOversightFields {
  @FieldResolver(() => [ClusterOversightGql], {
    description: 'Những người được phân công phụ trách Cụm năm đó, theo thứ tự ghi nhận, cả người đã thôi (xem endReason).',
  })
  oversight(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): ClusterOversightGql[] {
    return oversightOf(readAt(context, year), year.clusterId, year.year).map((view) => ({ ...view, at: year.at }));
  }
}

@Resolver()
export class OversightMutations {
  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Ghi người được phân công phụ trách Cụm trong năm, với cương vị (AssignOversight).' })
  assignOversight(@Arg('input') input: AssignOversightInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, assignOversight, (i) => ({ ...i, documentId: i.documentId ?? null }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Ghi việc thôi phụ trách Cụm trong năm, kèm lý do (EndOversight).' })
  endOversight(@Arg('input') input: EndOversightInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(
      context,
      input,
      endOversight,
      (i) => i,
      (i) => i.reason,
    );
  }
}
