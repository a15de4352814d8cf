import { IsEnum, IsOptional, Matches } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { At } from '../../../projections/history';
import { recordOfficeDesignation } from '../../cluster/year-handlers';
import { ClusterYear } from '../../cluster/graphql/cluster-types';
import { ClusterYearInput } from '../../cluster/graphql/directory-inputs';
import { rules, type Rule } from '../../authorization/rules';
import { CommandResultGql } from '../../graphql/command-result';
import type { GraphQLContext } from '../../graphql/context';
import { YearOfficeGql } from '../../graphql/enums';
import { executeCommand } from '../../graphql/execute-command';
import { readAt } from '../../graphql/models-at';
import { PartialDateGql } from '../../graphql/partial-date';
import { PARTIAL_DATE, PARTIAL_DATE_MESSAGE, id } from '../../graphql/validation';
import { Document } from './document-types';
import { designationsOf, documentAt } from './records-reads';

@InputType('RecordOfficeDesignationInput', {
  description: 'Văn bản chỉ định Cụm trưởng hoặc Cụm phó của năm, và ngày chỉ định như hồ sơ nêu; nêu ít nhất một trong hai.',
})
export class RecordOfficeDesignationInputGql extends ClusterYearInput {
  @Field(() => YearOfficeGql) @IsEnum(YearOfficeGql) office!: YearOfficeGql;
  @Field(() => ID, { nullable: true, description: 'Văn bản chỉ định đã vào sổ' }) @IsOptional() @id() documentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày chỉ định: "2020", "2020-02" hoặc "2020-02-14"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  designatedOn?: string | null;
}

@ObjectType('OfficeDesignation', { description: 'Văn bản và ngày chỉ định Cụm trưởng / Cụm phó của năm, như hồ sơ nêu.' })
export class OfficeDesignationGql {
  @Field(() => YearOfficeGql) office!: YearOfficeGql;
  @Field(() => ID, { nullable: true, description: 'Văn bản chỉ định (null: hồ sơ không nêu)' }) documentId!: string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày chỉ định với độ chính xác như hồ sơ nêu (null: không nêu)' })
  designated!: PartialDateGql | null;
  at!: At;
}

function designation(context: GraphQLContext, year: ClusterYear, office: YearOfficeGql): OfficeDesignationGql | null {
  const found = designationsOf(readAt(context, year), year.clusterId, year.year).find((d) => d.office === office);
  return found ? { office, documentId: found.documentId, designated: PartialDateGql.of(found.designatedOn), at: year.at } : null;
}

@Resolver(() => OfficeDesignationGql)
export class OfficeDesignationFields {
  @FieldResolver(() => Document, { nullable: true, description: 'Văn bản chỉ định, trong sổ văn bản' })
  document(@Root() designated: OfficeDesignationGql, @Ctx() context: GraphQLContext): Document | null {
    return documentAt(readAt(context, designated), designated.documentId);
  }
}

@Resolver(() => ClusterYear)
export class ClusterYearDesignationFields {
  @FieldResolver(() => OfficeDesignationGql, {
    nullable: true,
    description: 'Văn bản, ngày chỉ định Cụm trưởng năm đó (null: chưa ghi nhận).',
  })
  chairDesignation(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): OfficeDesignationGql | null {
    return designation(context, year, YearOfficeGql.CHAIR);
  }

  @FieldResolver(() => OfficeDesignationGql, {
    nullable: true,
    description: 'Văn bản, ngày chỉ định Cụm phó năm đó (null: chưa ghi nhận).',
  })
  viceChairDesignation(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): OfficeDesignationGql | null {
    return designation(context, year, YearOfficeGql.VICE_CHAIR);
  }
}

@Resolver()
export class OfficeDesignationMutations {
  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description: 'Ghi văn bản chỉ định Cụm trưởng hoặc Cụm phó của năm và ngày chỉ định (RecordOfficeDesignation).',
  })
  recordOfficeDesignation(@Arg('input') input: RecordOfficeDesignationInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordOfficeDesignation, (i) => ({
      ...i,
      documentId: i.documentId ?? null,
      designatedOn: i.designatedOn ?? null,
    }));
  }
}
