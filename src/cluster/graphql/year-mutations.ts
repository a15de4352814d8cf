import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import * as year from '../year-handlers';
import { rules, type Rule } from '../../authorization/rules';
import type { GraphQLContext } from '../../graphql/context';
import { ClusterYearInput } from './directory-inputs';
import {
  AdoptCriteriaSetInput,
  AmendAgreementInput,
  AmendRegulationInput,
  CastBallotInput,
  DecideAwardInput,
  DeclareIneligibleInput,
  DraftAgreementInput,
  IssueClusterYearReportInput,
  OpenVoteInput,
  ProposeAwardInput,
  RecordAgreementInForceInput,
  RegisterTitleInput,
  ReopenScoresInput,
  RevokeAwardInput,
  SignAgreementInput,
  StateRegistrationCountsInput,
  UnitOfYearInput,
  VoteRefInput,
} from './year-inputs';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand, same } from '../../graphql/execute-command';

/** Commands on a cluster's emulation year: ceremony, registrations, scoring lock, vote, awards. */
@Resolver()
export class YearMutations {
  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Ghi nhận đơn vị không đủ điều kiện bình xét trong năm (DeclareIneligible).' })
  declareIneligible(@Arg('input') input: DeclareIneligibleInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.declareIneligible, same, (i) => i.reason);
  }

  @Authorized<Rule>(rules.chairOffice)
  @Mutation(() => CommandResultGql, { description: 'Dự thảo giao ước thi đua (DraftAgreement).' })
  draftAgreement(@Arg('input') input: DraftAgreementInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.draftAgreement, ({ ceremonyIn, ...i }) => ({
      ...i,
      ceremonyDate: i.ceremonyDate ?? ceremonyIn ?? null,
      theme: i.theme ?? null,
      motto: i.motto ?? null,
      commitments: i.commitments ?? null,
      hostUnitId: i.hostUnitId ?? null,
      venue: i.venue ?? null,
    }));
  }

  @Authorized<Rule>(rules.chairOffice)
  @Mutation(() => CommandResultGql, { description: 'Sửa đổi giao ước tại lễ ký kết (AmendAgreement).' })
  amendAgreement(@Arg('input') input: AmendAgreementInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.amendAgreement, (i) => {
      const { ceremonyIn: _partial, ...changes } = { ...i.changes, ceremonyDate: i.changes.ceremonyDate ?? i.changes.ceremonyIn };
      return { ...i, changes: Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null)) };
    });
  }

  @Authorized<Rule>(rules.chairOffice)
  @Mutation(() => CommandResultGql, { description: 'Sửa đổi, bổ sung quy chế thi đua của Cụm (AmendRegulation).' })
  amendRegulation(@Arg('input') input: AmendRegulationInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.amendRegulation, same);
  }

  @Authorized<Rule>(rules.ownUnit((input) => input.unitId))
  @Mutation(() => CommandResultGql, { description: 'Đơn vị ký giao ước (SignAgreement); có hiệu lực khi mọi thành viên đã ký.' })
  signAgreement(@Arg('input') input: SignAgreementInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.signAgreement, ({ signedIn, ...i }) => ({
      ...i,
      signedOn: (i.signedOn ?? signedIn)!,
      signatoryName: i.signatoryName ?? null,
      signatoryPosition: i.signatoryPosition ?? null,
    }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description: 'Ghi nhận giao ước có hiệu lực theo một nguồn, khi chữ ký đã biết không đủ để xác định (RecordAgreementInForce).',
  })
  recordAgreementInForce(@Arg('input') input: RecordAgreementInForceInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.recordAgreementInForce, ({ inForceIn, ...i }) => ({
      ...i,
      inForceOn: i.inForceOn ?? inForceIn ?? null,
    }));
  }

  @Authorized<Rule>(rules.ownUnit((input) => input.unitId))
  @Mutation(() => CommandResultGql, { description: 'Đăng ký danh hiệu thi đua (RegisterTitle).' })
  registerTitle(@Arg('input') input: RegisterTitleInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.registerTitle, same);
  }

  @Authorized<Rule>(rules.ownUnit((input) => input.unitId))
  @Mutation(() => CommandResultGql, { description: 'Rút đăng ký danh hiệu (WithdrawRegistration).' })
  withdrawRegistration(@Arg('input') input: UnitOfYearInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.withdrawRegistration, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description:
      'Ghi đăng ký danh hiệu theo số lượng báo cáo nêu, không nêu tên đơn vị (StateRegistrationCounts); lần ghi sau thay lần trước.',
  })
  stateRegistrationCounts(@Arg('input') input: StateRegistrationCountsInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.stateRegistrationCounts, (i) => ({
      ...i,
      counts: i.counts.map(({ titleId, units }) => ({ titleId, units })),
    }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Áp dụng bộ tiêu chí cho năm (AdoptCriteriaSet).' })
  adoptCriteriaSet(@Arg('input') input: AdoptCriteriaSetInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.adoptCriteriaSet, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Chốt điểm năm (FinalizeScores).' })
  finalizeScores(@Arg('input') input: ClusterYearInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.finalizeScores, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Mở lại điểm đã chốt, có lý do (ReopenScores).' })
  reopenScores(@Arg('input') input: ReopenScoresInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.reopenScores, same, (i) => i.reason);
  }

  @Authorized<Rule>(rules.chairOffice)
  @Mutation(() => CommandResultGql, { description: 'Mở bình xét, bỏ phiếu (OpenVote).' })
  openVote(@Arg('input') input: OpenVoteInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.openVote, same);
  }

  @Authorized<Rule>(rules.ownUnit((input) => input.voterUnitId))
  @Mutation(() => CommandResultGql, { description: 'Bỏ phiếu, mỗi đơn vị thành viên một phiếu (CastBallot).' })
  castBallot(@Arg('input') input: CastBallotInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.castBallot, same);
  }

  @Authorized<Rule>(rules.chairOffice)
  @Mutation(() => CommandResultGql, { description: 'Kết thúc bỏ phiếu (CloseVote).' })
  closeVote(@Arg('input') input: VoteRefInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.closeVote, same);
  }

  @Authorized<Rule>(rules.chairOffice, rules.council)
  @Mutation(() => CommandResultGql, { description: 'Đề nghị khen thưởng (ProposeAward).' })
  proposeAward(@Arg('input') input: ProposeAwardInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.proposeAward, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Quyết định khen thưởng (DecideAward).' })
  decideAward(@Arg('input') input: DecideAwardInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.decideAward, same);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Thu hồi khen thưởng, có căn cứ (RevokeAward).' })
  revokeAward(@Arg('input') input: RevokeAwardInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.revokeAward, same, (i) => i.grounds);
  }

  @Authorized<Rule>(rules.chairOffice)
  @Mutation(() => CommandResultGql, {
    description: 'Cấp số cho báo cáo tổng hợp năm thi đua (IssueClusterYearReport): bản in mang số và ngày ban hành từ đó.',
  })
  issueClusterYearReport(@Arg('input') input: IssueClusterYearReportInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, year.issueClusterYearReport, same);
  }
}
