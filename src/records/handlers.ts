import { clusterDecider } from '../cluster/domain/decider';
import type {
  AddCeremonyParticipant,
  LinkAttendancePerson,
  RecordAttendance,
  RecordCeremony,
  RecordCeremonyReview,
} from './domain/ceremony/commands';
import { ceremonyDecider } from './domain/ceremony/decider';
import { documentDecider, type RegisterDocument, type RelateDocuments } from './domain/document/document';
import { personDecider, type RegisterPerson } from './domain/person/person';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { ownStreamCommand, runCommand } from '../commands/pipeline';

export type RegisterDocumentInput = Omit<RegisterDocument, 'type' | 'issuerRegistered'>;
export type RelateDocumentsInput = Omit<RelateDocuments, 'type' | 'relatedRegistered'>;
export type RegisterPersonInput = Omit<RegisterPerson, 'type'>;
export type RecordCeremonyInput = Omit<RecordCeremony, 'type' | 'clusterFormed' | 'hostRegistered' | 'documentRegistered'>;
export type AddCeremonyParticipantInput = Omit<AddCeremonyParticipant, 'type' | 'personRegistered' | 'unitRegistered'>;
export type RecordAttendanceInput = Omit<RecordAttendance, 'type' | 'unitRegistered'>;
export type LinkAttendancePersonInput = Omit<LinkAttendancePerson, 'type' | 'personRegistered'>;
export type RecordCeremonyReviewInput = Omit<RecordCeremonyReview, 'type' | 'reviewedYearMembers'>;

const unitRegistered = async (store: EventStore, unitId: string | null) => unitId !== null && (await facts.unit(store, unitId)).registered;

const documentRegistered = (store: EventStore, documentId: string | null) =>
  documentId !== null ? facts.documentRegistered(store, documentId) : false;

/** Whether the one issuer named is on record: a registered unit, a formed cluster, a council's registered unit (a sector council needs none). */
async function issuerRegistered(store: EventStore, input: RegisterDocumentInput): Promise<boolean> {
  if (input.issuerUnitId) return unitRegistered(store, input.issuerUnitId);
  if (input.issuerClusterId) return (await loadState(store, clusterDecider, streams.cluster(input.issuerClusterId))).formed;
  const councilUnitId = input.issuerCouncil?.unitId ?? null;
  return councilUnitId === null || unitRegistered(store, councilUnitId);
}

export function registerDocument(store: EventStore, input: RegisterDocumentInput, context: CommandContext) {
  return runCommand(
    store,
    documentDecider,
    streams.document(input.documentId),
    { type: 'RegisterDocument', input },
    async () => ({ type: 'RegisterDocument' as const, ...input, issuerRegistered: await issuerRegistered(store, input) }),
    context,
  );
}

/** Bổ sung trích yếu, bổ sung, đính chính: each judged on the document's own stream alone. */
export const completeDocumentSubject = ownStreamCommand(documentDecider, 'CompleteDocumentSubject', (input) =>
  streams.document(input.documentId),
);
export const completeDocument = ownStreamCommand(documentDecider, 'CompleteDocument', (input) => streams.document(input.documentId));
export const correctDocument = ownStreamCommand(documentDecider, 'CorrectDocument', (input) => streams.document(input.documentId));

/** Quan hệ giữa hai văn bản, on the stream of the one that amends, replaces or implements; the other must be registered. */
export function relateDocuments(store: EventStore, input: RelateDocumentsInput, context: CommandContext) {
  return runCommand(
    store,
    documentDecider,
    streams.document(input.documentId),
    { type: 'RelateDocuments', input },
    async () => ({
      type: 'RelateDocuments' as const,
      ...input,
      relatedRegistered: await documentRegistered(store, input.relatedDocumentId),
    }),
    context,
  );
}

export const registerPerson = ownStreamCommand(personDecider, 'RegisterPerson', (input) => streams.person(input.personId));

export function recordCeremony(store: EventStore, input: RecordCeremonyInput, context: CommandContext) {
  return runCommand(
    store,
    ceremonyDecider,
    streams.ceremony(input.ceremonyId),
    { type: 'RecordCeremony', input },
    async () => ({
      type: 'RecordCeremony' as const,
      ...input,
      clusterFormed: (await loadState(store, clusterDecider, streams.cluster(input.clusterId))).formed,
      hostRegistered: await unitRegistered(store, input.hostUnitId),
      documentRegistered: await documentRegistered(store, input.organisingDocumentId),
    }),
    context,
  );
}

export function addCeremonyParticipant(store: EventStore, input: AddCeremonyParticipantInput, context: CommandContext) {
  return runCommand(
    store,
    ceremonyDecider,
    streams.ceremony(input.ceremonyId),
    { type: 'AddCeremonyParticipant', input },
    async () => ({
      type: 'AddCeremonyParticipant' as const,
      ...input,
      personRegistered: await facts.personRegistered(store, input.personId),
      unitRegistered: await unitRegistered(store, input.unitId),
    }),
    context,
  );
}

export function recordCeremonyReview(store: EventStore, input: RecordCeremonyReviewInput, context: CommandContext) {
  return runCommand(
    store,
    ceremonyDecider,
    streams.ceremony(input.ceremonyId),
    { type: 'RecordCeremonyReview', input },
    async () => {
      const { reviewsYear } = await loadState(store, ceremonyDecider, streams.ceremony(input.ceremonyId));
      const year = reviewsYear === null ? null : await facts.clusterYear(store, input.clusterId, reviewsYear);
      return { type: 'RecordCeremonyReview' as const, ...input, reviewedYearMembers: year?.opened ? [...year.members] : null };
    },
    context,
  );
}

export function recordAttendance(store: EventStore, input: RecordAttendanceInput, context: CommandContext) {
  return runCommand(
    store,
    ceremonyDecider,
    streams.ceremony(input.ceremonyId),
    { type: 'RecordAttendance', input },
    async () => ({ type: 'RecordAttendance' as const, ...input, unitRegistered: await unitRegistered(store, input.unitId) }),
    context,
  );
}

export function linkAttendancePerson(store: EventStore, input: LinkAttendancePersonInput, context: CommandContext) {
  return runCommand(
    store,
    ceremonyDecider,
    streams.ceremony(input.ceremonyId),
    { type: 'LinkAttendancePerson', input },
    async () => ({
      type: 'LinkAttendancePerson' as const,
      ...input,
      personRegistered: await facts.personRegistered(store, input.personId),
    }),
    context,
  );
}
