import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { nameOfficeRepresentative } from '../../cluster/year-handlers';
import {
  addCeremonyParticipant,
  completeDocumentSubject,
  recordCeremony,
  recordCeremonyReview,
  registerDocument,
  registerPerson,
} from '../handlers';
import type { GraphQLContext } from '../../graphql/context';
import {
  AddCeremonyParticipantInputGql,
  CompleteDocumentSubjectInputGql,
  NameOfficeRepresentativeInput,
  RecordCeremonyInputGql,
  RecordCeremonyReviewInputGql,
  RegisterDocumentInputGql,
  RegisterPersonInputGql,
} from './records-inputs';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';

/** Unset optional fields become null: the record says "not given", never an invented value. */
const given = <T>(value: T | null | undefined): T | null => value ?? null;

@Resolver()
export class RecordsMutations {
  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, { description: 'Vào sổ một văn bản: từ trích dẫn, hoặc từng phần (RegisterDocument).' })
  registerDocument(@Arg('input') input: RegisterDocumentInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, registerDocument, (i) => ({
      documentId: i.documentId,
      citation: given(i.citation),
      kind: given(i.kind),
      number: given(i.number),
      issuedOn: given(i.issuedOn),
      issuerUnitId: given(i.issuerUnitId),
      title: given(i.title),
    }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Bổ sung trích yếu của văn bản đã vào sổ, hoặc sửa trích yếu đã ghi kèm lý do (CompleteDocumentSubject).',
  })
  completeDocumentSubject(@Arg('input') input: CompleteDocumentSubjectInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, completeDocumentSubject, (i) => ({
      documentId: i.documentId,
      title: i.title,
      reason: given(i.reason),
    }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil, rules.anyClusterOffice)
  @Mutation(() => CommandResultGql, { description: 'Ghi nhận một người với họ và tên (RegisterPerson).' })
  registerPerson(@Arg('input') input: RegisterPersonInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, registerPerson, (i) => i);
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description: 'Ghi nhận một buổi lễ của Cụm: tổng kết năm, phát động năm sau, hoặc cả hai (RecordCeremony).',
  })
  recordCeremony(@Arg('input') input: RecordCeremonyInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordCeremony, (i) => ({
      ceremonyId: i.ceremonyId,
      clusterId: i.clusterId,
      heldOn: i.heldOn,
      place: given(i.place),
      hostUnitId: given(i.hostUnitId),
      organisingDocumentId: given(i.organisingDocumentId),
      reviewsYear: given(i.reviewsYear),
      launchesYear: given(i.launchesYear),
    }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Ghi một người tham dự buổi lễ với vai trò, chức vụ, đơn vị (AddCeremonyParticipant).' })
  addCeremonyParticipant(@Arg('input') input: AddCeremonyParticipantInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, addCeremonyParticipant, (i) => ({ ...i, position: given(i.position), unitId: given(i.unitId) }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Ghi kết quả tổng kết năm như báo cáo nêu (RecordCeremonyReview).' })
  recordCeremonyReview(@Arg('input') input: RecordCeremonyReviewInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordCeremonyReview, (i) => ({
      ceremonyId: i.ceremonyId,
      clusterId: i.clusterId,
      summary: given(i.summary),
      commendations: (i.commendations ?? []).map((c) => ({ unitId: c.unitId, note: given(c.note) })),
      leadingUnitId: given(i.leadingUnitId),
    }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description: 'Ghi người đại diện đơn vị Cụm trưởng hoặc Cụm phó trong năm (NameOfficeRepresentative).',
  })
  nameOfficeRepresentative(@Arg('input') input: NameOfficeRepresentativeInput, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, nameOfficeRepresentative, (i) => ({ ...i, position: given(i.position) }));
  }
}
