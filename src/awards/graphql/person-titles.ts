import { IsInt, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { rules, type Rule } from '../../authorization/rules';
import { CommandInput } from '../../graphql/command-input';
import { CommandResultGql } from '../../graphql/command-result';
import type { GraphQLContext } from '../../graphql/context';
import { executeCommand, same } from '../../graphql/execute-command';
import { readAsOf } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { MAX_YEAR, MIN_YEAR, YEAR, id } from '../../graphql/validation';
import { registerPersonTitle, withdrawPersonTitle } from '../handlers';
import { personTitlesAt } from './dossier-reads';

@InputType('WithdrawPersonTitleInput', { description: 'Rút đăng ký danh hiệu của một người trong năm của đơn vị.' })
export class WithdrawPersonTitleInputGql extends CommandInput {
  @Field(() => ID) @id() unitId!: string;
  @Field(() => Int) @IsInt(YEAR) @Min(MIN_YEAR, YEAR) @Max(MAX_YEAR, YEAR) year!: number;
  @Field(() => ID) @id() personId!: string;
}

@InputType('RegisterPersonTitleInput', {
  description: 'Một người đăng ký danh hiệu thi đua cá nhân (Lao động tiên tiến, Chiến sĩ thi đua…) trong năm của đơn vị mình.',
})
export class RegisterPersonTitleInputGql extends WithdrawPersonTitleInputGql {
  @Field(() => ID, { description: 'Danh hiệu cá nhân trong danh mục, e.g. "chien-si-thi-dua-co-so"' }) @id() titleId!: string;
}

@ObjectType('PersonTitleRegistration', { description: 'Đăng ký danh hiệu thi đua của một người trong năm của đơn vị.' })
export class PersonTitleRegistrationGql {
  @Field(() => ID) personId!: string;
  @Field(() => ID) titleId!: string;
  @Field() titleName!: string;
}

const OWN_UNIT: Rule[] = [rules.admin, rules.ownUnit((input) => input.unitId)];

@Resolver()
export class PersonTitleResolvers {
  @Authorized<Rule>(...OWN_UNIT)
  @Mutation(() => CommandResultGql, { description: 'Đăng ký danh hiệu thi đua cá nhân trong năm của đơn vị (RegisterPersonTitle).' })
  registerPersonTitle(@Arg('input') input: RegisterPersonTitleInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, registerPersonTitle, same);
  }

  @Authorized<Rule>(...OWN_UNIT)
  @Mutation(() => CommandResultGql, { description: 'Rút đăng ký danh hiệu thi đua cá nhân (WithdrawPersonTitle).' })
  withdrawPersonTitle(@Arg('input') input: WithdrawPersonTitleInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, withdrawPersonTitle, same);
  }

  @Authorized()
  @Query(() => [PersonTitleRegistrationGql], { description: 'Đăng ký danh hiệu thi đua của những người thuộc một đơn vị trong một năm.' })
  personTitleRegistrations(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): PersonTitleRegistrationGql[] {
    return personTitlesAt(readAsOf(context, asOf), unitId, year);
  }
}
