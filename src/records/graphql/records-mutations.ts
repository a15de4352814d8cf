import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { nameOfficeRepresentative } from '../../cluster/year-handlers';
import {
  addCeremonyParticipant,
  completeDocument,
  completeDocumentSubject,
  correctDocument,
  linkAttendancePerson,
  recordAttendance,
  recordCeremony,
  relateDocuments,
  recordCeremonyReview,
  registerDocument,
  registerPerson,
} from '../handlers';
import type { GraphQLContext } from '../../graphql/context';
import {
  AddCeremonyParticipantInputGql,
  CompleteDocumentInputGql,
  CompleteDocumentSubjectInputGql,
  CorrectDocumentInputGql,
  LinkAttendancePersonInputGql,
  RecordCeremonyAttendanceInputGql,
  RelateDocumentsInputGql,
  NameOfficeRepresentativeInput,
  RegisterDocumentInputGql,
  RegisterPersonInputGql,
} from './records-inputs';
import { RecordCeremonyInputGql, RecordCeremonyReviewInputGql } from './meeting-inputs';
import { kindOfYearCeremony, type Half } from '../domain/ceremony/meeting-kind';
import { CommandResultGql } from '../../graphql/command-result';
import { executeCommand } from '../../graphql/execute-command';
import { rules, type Rule } from '../../authorization/rules';

/** Unset optional fields become null: the record says "not given", never an invented value. */
const given = <T>(value: T | null | undefined): T | null => value ?? null;

/** A field the caller stated, null included (a correction may clear a detail); an absent one is no change. */
const stated = <K extends string, T>(key: K, value: T | null | undefined) => (value === undefined ? {} : { [key]: value });

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
      issuedOn: given(i.issuedOn) ?? given(i.issuedIn),
      issuerUnitId: given(i.issuerUnitId),
      issuerClusterId: given(i.issuerClusterId),
      issuerCouncil: i.issuerCouncil ? { ...i.issuerCouncil, id: i.issuerCouncil.councilId, unitId: given(i.issuerCouncil.unitId) } : null,
      issuerCouncilId: given(i.issuerCouncilId),
      title: given(i.title),
    }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Bổ sung trích yếu, người ký, số trang chưa ghi của văn bản đã vào sổ (CompleteDocument).',
  })
  completeDocument(@Arg('input') input: CompleteDocumentInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, completeDocument, (i) => ({
      documentId: i.documentId,
      details: { title: given(i.title), signer: given(i.signer), pages: given(i.pages) },
    }));
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Đính chính văn bản đã vào sổ, kèm lý do; bản trước vẫn đọc được qua asOf (CorrectDocument).',
  })
  correctDocument(@Arg('input') input: CorrectDocumentInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(
      context,
      input,
      correctDocument,
      (i) => ({
        documentId: i.documentId,
        changes: {
          ...stated('kind', i.kind),
          ...stated('number', i.number),
          ...stated('issuedOn', i.issuedIn),
          ...stated('title', i.title),
          ...stated('signer', i.signer),
          ...stated('pages', i.pages),
        },
        reason: i.reason,
      }),
      (i) => i.reason,
    );
  }

  @Authorized<Rule>(rules.admin, rules.anyCouncil)
  @Mutation(() => CommandResultGql, {
    description: 'Ghi rằng một văn bản sửa đổi, thay thế hoặc thực hiện văn bản khác (RelateDocuments).',
  })
  relateDocuments(@Arg('input') input: RelateDocumentsInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, relateDocuments, (i) => ({ ...i, relatedOn: given(i.relatedOn) }));
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
    description:
      'Ghi nhận một buổi lễ, cuộc họp của Cụm (ký kết, sơ kết, tổng kết, bình xét, phiên họp Hội đồng) với kỳ được tổng kết hoặc phát động, căn cứ và văn bản tổ chức (RecordCeremony).',
  })
  recordCeremony(@Arg('input') input: RecordCeremonyInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordCeremony, (i) => ({
      ceremonyId: i.ceremonyId,
      clusterId: i.clusterId,
      kind: i.kind ?? kindOfYearCeremony(given(i.reviewsYear)),
      heldOn: given(i.heldOn) ?? given(i.heldIn),
      partOfDay: given(i.partOfDay),
      place: given(i.place),
      hostUnitId: given(i.hostUnitId),
      organisingDocumentIds: [...(i.organisingDocumentId ? [i.organisingDocumentId] : []), ...(i.organisingDocumentIds ?? [])],
      legalBasisDocumentIds: i.legalBasisDocumentIds ?? [],
      reviewsYear: given(i.reviewsYear),
      reviewsHalf: given(i.reviewsHalf) as Half | null,
      launchesYear: given(i.launchesYear),
      launchesHalf: given(i.launchesHalf) as Half | null,
    }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Ghi một người tham dự buổi lễ với vai trò, chức vụ, đơn vị (AddCeremonyParticipant).' })
  addCeremonyParticipant(@Arg('input') input: AddCeremonyParticipantInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, addCeremonyParticipant, (i) => ({ ...i, position: given(i.position), unitId: given(i.unitId) }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description:
      'Ghi một đơn vị hoặc một nhóm được mô tả (có số người khi báo cáo nêu) tham dự buổi lễ với vai trò, không cần tên người (RecordAttendance).',
  })
  recordCeremonyAttendance(@Arg('input') input: RecordCeremonyAttendanceInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordAttendance, (i) => ({
      ...i,
      unitId: given(i.unitId),
      group: given(i.group),
      count: given(i.count),
    }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, { description: 'Gắn một người có tên với thành phần tham dự đã ghi (LinkAttendancePerson).' })
  linkAttendancePerson(@Arg('input') input: LinkAttendancePersonInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, linkAttendancePerson, (i) => ({ ...i, position: given(i.position) }));
  }

  @Authorized<Rule>(rules.council)
  @Mutation(() => CommandResultGql, {
    description:
      'Ghi kết quả sơ kết, tổng kết như báo cáo nêu: căn cứ, đơn vị dẫn đầu, xếp hạng, đề nghị khen thưởng (RecordCeremonyReview).',
  })
  recordCeremonyReview(@Arg('input') input: RecordCeremonyReviewInputGql, @Ctx() context: GraphQLContext) {
    return executeCommand(context, input, recordCeremonyReview, (i) => ({
      ceremonyId: i.ceremonyId,
      clusterId: i.clusterId,
      summary: given(i.summary),
      commendations: (i.commendations ?? []).map((c) => ({ unitId: c.unitId, note: given(c.note) })),
      leadingUnitId: given(i.leadingUnitId),
      basisDocumentIds: i.basisDocumentIds ?? [],
      ranking: (i.ranking ?? []).map(({ rank, unitId }) => ({ rank, unitId })),
      proposals: (i.proposals ?? []).map((p) => ({ unitId: given(p.unitId), words: p.words })),
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
