import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { formCluster } from '../handlers';
import { admitMember, appointViceChair, openClusterYear, rotateChair, stateMembershipCompleteness, withdrawMember } from '../year-handlers';
import type { GraphQLContext } from '../../graphql/context';
import {
  AppointViceChairInput,
  FormClusterInputGql,
  MemberInput,
  StateMembershipCompletenessInput,
  OpenClusterYearInput,
  RotateChairInput,
} from './directory-inputs';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand, same } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';

@Resolver()
export class DirectoryMutations {
  @Authorized<Rule>(rules.admin)
  @Mutation(() => CommandResultGql, { description: 'Thành lập Cụm/Khối thi đua (FormCluster).' })
  formCluster(@Arg('input') input: FormClusterInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, formCluster, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Mở năm thi đua của Cụm với danh sách thành viên (OpenClusterYear).' })
  openClusterYear(@Arg('input') input: OpenClusterYearInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, openClusterYear, (i) => ({ ...i, membershipComplete: i.membershipComplete ?? true }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description:
      'Ghi danh sách thành viên của năm là đầy đủ, hoặc chỉ một phần (StateMembershipCompleteness); khi chỉ một phần, chữ ký không tự làm giao ước có hiệu lực.',
  })
  stateMembershipCompleteness(@Arg('input') input: StateMembershipCompletenessInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, stateMembershipCompleteness, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Kết nạp đơn vị vào Cụm trong năm (AdmitMember).' })
  admitMember(@Arg('input') input: MemberInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, admitMember, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Đơn vị rời Cụm trong năm (WithdrawMember).' })
  withdrawMember(@Arg('input') input: MemberInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, withdrawMember, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Luân phiên Cụm trưởng, Cụm phó cho năm (RotateChair).' })
  rotateChair(@Arg('input') input: RotateChairInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, rotateChair, (i) => ({ ...i, viceChairUnitId: i.viceChairUnitId ?? null }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Bổ nhiệm Cụm phó của năm khi đã có Cụm trưởng (AppointViceChair).' })
  appointViceChair(@Arg('input') input: AppointViceChairInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, appointViceChair, same);
  }
}
