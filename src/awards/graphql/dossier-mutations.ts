import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { rules, type Rule } from '../../authorization/rules';
import { Role } from '../../kernel/actor';
import type { GraphQLContext } from '../../graphql/context';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand, same } from '../../graphql/execute-command';
import * as handlers from '../handlers';
import type { Memo } from '../domain/dossier/parties';
import {
  AddDossierItemInputGql,
  AmendDossierMemoInputGql,
  AppraiseItemInputGql,
  AttachDocumentInputGql,
  DecideDossierInputGql,
  DossierItemRefInputGql,
  DossierStepInputGql,
  DraftDecisionInputGql,
  DraftDossierInputGql,
  ForwardDossierInputGql,
  ResolveCountItemInputGql,
  ReturnDossierInputGql,
  RecordKnownDecisionInputGql,
  RevokeDossierAwardInputGql,
  type MemoInput,
} from './dossier-inputs';

/** The proposer's officers draft and send: a cluster's chair office or its organizer's council, a unit's officers, a council. */
const PROPOSER: Rule[] = [
  rules.admin,
  rules.dossierProposer(Role.CLUSTER_OFFICER),
  rules.dossierProposer(Role.UNIT_OFFICER),
  rules.dossierProposer(Role.COUNCIL),
];
/** The addressee's council receives, returns, appraises, forwards and decides. */
const ADDRESSEE: Rule[] = [rules.admin, rules.dossierAddressee];

const memoOf = (memo: MemoInput | null | undefined): Memo => ({
  number: memo?.number ?? null,
  date: memo?.date ?? null,
  signer: memo?.signer ?? null,
});
const candidateOf = (candidate: { kind: 'UNIT' | 'PERSON'; id: string } | null | undefined) =>
  candidate ? { kind: candidate.kind, id: candidate.id } : null;

@Resolver()
export class DossierMutations {
  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Lập hồ sơ đề nghị khen thưởng (DraftDossier).' })
  draftDossier(@Arg('input') input: DraftDossierInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.draftDossier, (i) => ({ ...i, memo: memoOf(i.memo) }));
  }

  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Đính chính tờ trình khi hồ sơ còn ở bên đề nghị (AmendMemo).' })
  amendDossierMemo(@Arg('input') input: AmendDossierMemoInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.amendDossierMemo, (i) => ({ ...i, memo: memoOf(i.memo) }));
  }

  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Thêm một mục đề nghị: có tên, hoặc chỉ số lượng (AddItem).' })
  addDossierItem(@Arg('input') input: AddDossierItemInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.addDossierItem, (i) => ({
      ...i,
      candidate: candidateOf(i.candidate),
      achievements: i.achievements ?? null,
    }));
  }

  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Bỏ một mục khi hồ sơ còn ở bên đề nghị (RemoveItem).' })
  removeDossierItem(@Arg('input') input: DossierItemRefInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.removeDossierItem, same);
  }

  @Authorized<Rule>(...PROPOSER, rules.dossierAddressee)
  @Mutation(() => CommandResultGql, { description: 'Nêu tên người hoặc đơn vị của một mục chỉ có số lượng (ResolveCountItem).' })
  resolveDossierCountItem(@Arg('input') input: ResolveCountItemInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.resolveDossierCountItem, (i) => ({
      ...i,
      named: i.named.map((n) => ({ itemId: n.itemId, candidate: candidateOf(n.candidate)!, achievements: n.achievements ?? null })),
    }));
  }

  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Đính kèm một văn bản đã vào sổ (AttachDocument).' })
  attachDossierDocument(@Arg('input') input: AttachDocumentInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.attachDossierDocument, same);
  }

  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Gửi hồ sơ lên nơi nhận (SubmitDossier).' })
  submitDossier(@Arg('input') input: DossierStepInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.submitDossier, same);
  }

  @Authorized<Rule>(...PROPOSER)
  @Mutation(() => CommandResultGql, { description: 'Gửi lại hồ sơ đã bị trả lại (ResubmitDossier).' })
  resubmitDossier(@Arg('input') input: DossierStepInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.resubmitDossier, same);
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, { description: 'Tiếp nhận hồ sơ (ReceiveDossier).' })
  receiveDossier(@Arg('input') input: DossierStepInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.receiveDossier, same);
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, { description: 'Trả lại hồ sơ cho bên đề nghị, nêu lý do (ReturnDossier).' })
  returnDossier(@Arg('input') input: ReturnDossierInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.returnDossier, same, (i) => i.reason);
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, { description: 'Thẩm định một mục: đồng ý, hoặc không đồng ý kèm lý do (AppraiseItem).' })
  appraiseDossierItem(@Arg('input') input: AppraiseItemInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.appraiseDossierItem, (i) => ({
      ...i,
      reason: i.reason ?? null,
      vote: i.vote ? { approvals: i.vote.approvals, eligibleVoters: i.vote.eligibleVoters } : null,
    }));
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, {
    description: 'Đề nghị lên cấp trên: hồ sơ mới do Hội đồng lập, mang các mục đã đồng ý, dẫn chiếu hồ sơ này (ForwardDossier).',
  })
  forwardDossier(@Arg('input') input: ForwardDossierInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.forwardDossier, (i) => ({
      dossierId: i.dossierId,
      forwardedAs: i.forwardedAs,
      addressee: { kind: i.addressee.kind, id: i.addressee.id },
      memo: memoOf(i.memo),
    }));
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, { description: 'Dự thảo quyết định khen thưởng (DraftDecision).' })
  draftDossierDecision(@Arg('input') input: DraftDecisionInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.draftDossierDecision, (i) => ({ ...i, decisionNumber: i.decisionNumber ?? null }));
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, { description: 'Quyết định khen thưởng: số, ngày, người ký (DecideDossier).' })
  decideDossier(@Arg('input') input: DecideDossierInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.decideDossier, (i) => ({ ...i, signer: i.signer ?? null }));
  }

  @Authorized<Rule>(...ADDRESSEE)
  @Mutation(() => CommandResultGql, {
    description:
      'Hủy bỏ quyết định khen thưởng một mục, thu hồi hiện vật, tiền thưởng; khen thưởng phụ thuộc bị thu hồi theo (RevokeDossierAward).',
  })
  revokeDossierAward(@Arg('input') input: RevokeDossierAwardInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.revokeDossierAward, same, (i) => i.grounds);
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description:
      'Ghi một quyết định chỉ biết kết quả, như nguồn kể; các điều kiện cần bước trước được ghi là không kiểm tra được (RecordKnownDecision).',
  })
  recordKnownDecision(@Arg('input') input: RecordKnownDecisionInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, handlers.recordKnownDecision, (i) => ({
      ...i,
      decidedBy: i.decidedBy ? { kind: i.decidedBy.kind, id: i.decidedBy.id } : null,
      authority: i.authority ?? null,
      decisionNumber: i.decisionNumber ?? null,
      decisionDate: i.decisionDate ?? null,
      signer: i.signer ?? null,
      awards: i.awards.map((a) => ({ itemId: a.itemId, entryId: a.entryId, candidate: candidateOf(a.candidate), count: a.count })),
    }));
  }
}
