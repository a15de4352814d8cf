import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';
import { appointCouncilMember, correctCouncilMember, endCouncilMembership, registerCouncil } from '../council-handlers';
import {
  AppointCouncilMemberInputGql,
  CorrectCouncilMemberInputGql,
  EndCouncilMembershipInputGql,
  RegisterCouncilInputGql,
} from './council-inputs';

/** A term the caller stated: null clears an optional one; absent, or null for a required one, is no change. */
const stated = <K extends string, T>(key: K, value: T | null | undefined, clearable: boolean) =>
  value === undefined || (value === null && !clearable) ? {} : { [key]: value };

@Resolver()
export class CouncilMutations {
  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Đăng ký Hội đồng Thi đua – Khen thưởng của ngành, của VKSND cấp tỉnh hoặc của một đơn vị (RegisterCouncil).',
  })
  registerCouncil(@Arg('input') input: RegisterCouncilInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, registerCouncil, (i) => ({ ...i, unitId: i.unitId ?? null }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Ghi một người làm thành viên Hội đồng với cương vị, từ ngày, theo văn bản (AppointCouncilMember).',
  })
  appointCouncilMember(@Arg('input') input: AppointCouncilMemberInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, appointCouncilMember, (i) => ({
      ...i,
      to: i.to ?? null,
      appointingDocumentId: i.appointingDocumentId ?? null,
    }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, { description: 'Ghi việc thôi làm thành viên Hội đồng: ngày thôi và lý do (EndCouncilMembership).' })
  endCouncilMembership(@Arg('input') input: EndCouncilMembershipInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(
      context,
      input,
      endCouncilMembership,
      (i) => i,
      (i) => i.reason,
    );
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Đính chính một lần bổ nhiệm đã ghi, kèm lý do; bản trước vẫn đọc được qua asOf (CorrectCouncilMember).',
  })
  correctCouncilMember(@Arg('input') input: CorrectCouncilMemberInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(
      context,
      input,
      correctCouncilMember,
      (i) => ({
        councilId: i.councilId,
        membershipId: i.membershipId,
        changes: {
          ...stated('capacity', i.capacity, false),
          ...stated('from', i.from, false),
          ...stated('to', i.to, true),
          ...stated('appointingDocumentId', i.appointingDocumentId, true),
        },
        reason: i.reason,
      }),
      (i) => i.reason,
    );
  }
}
