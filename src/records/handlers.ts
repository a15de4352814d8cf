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
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { ownStreamCommand } from '../commands/pipeline';

export type RegisterDocumentInput = Omit<RegisterDocument, 'type' | 'issuerRegistered' | 'councilBody'>;
export type RelateDocumentsInput = Omit<RelateDocuments, 'type' | 'relatedRegistered'>;
export type RegisterPersonInput = Omit<RegisterPerson, 'type'>;
export type RecordCeremonyInput = Omit<RecordCeremony, 'type' | 'clusterFormed' | 'hostRegistered' | 'unregisteredDocumentIds'>;
export type AddCeremonyParticipantInput = Omit<AddCeremonyParticipant, 'type' | 'personRegistered' | 'unitRegistered'>;
export type RecordAttendanceInput = Omit<RecordAttendance, 'type' | 'unitRegistered'>;
export type LinkAttendancePersonInput = Omit<LinkAttendancePerson, 'type' | 'personRegistered'>;
export type RecordCeremonyReviewInput = Omit<RecordCeremonyReview, 'type' | 'reviewedYearMembers' | 'unregisteredDocumentIds'>;

const unitRegistered = async (store: EventStore, unitId: string | null) => unitId !== null && (await facts.unit(store, unitId)).registered;

const documentRegistered = (store: EventStore, documentId: string | null) =>
  documentId !== null ? facts.documentRegistered(store, documentId) : false;

/** The documents among those cited that are not in the register. */
async function unregistered(store: EventStore, documentIds: readonly string[]): Promise<string[]> {
  const known = await Promise.all(documentIds.map((id) => facts.documentRegistered(store, id)));
  return documentIds.filter((_, i) => !known[i]);
}

/** Whether the one issuer named is on record: a registered unit, a formed cluster, a council's registered unit (a sector council needs none). */
async function issuerRegistered(store: EventStore, input: RegisterDocumentInput): Promise<boolean> {
  if (input.issuerUnitId) return unitRegistered(store, input.issuerUnitId);
  if (input.issuerClusterId) return (await loadState(store, clusterDecider, streams.cluster(input.issuerClusterId))).formed;
  const councilUnitId = input.issuerCouncil?.unitId ?? null;
  return councilUnitId === null || unitRegistered(store, councilUnitId);
}

export const registerDocument = ownStreamCommand(documentDecider, 'RegisterDocument', (input) => streams.document(input.documentId), {
  names: ['issuerRegistered', 'councilBody'],
  read: async (store, input) => {
    const councilId = input.issuerCouncilId ?? input.issuerCouncil?.id ?? null;
    const body = councilId === null ? null : await facts.council(store, councilId);
    const councilBody = body && { id: body.councilId, name: body.name, level: body.level, unitId: body.unitId };
    return { issuerRegistered: input.issuerCouncilId ? body !== null : await issuerRegistered(store, input), councilBody };
  },
});

/** Bổ sung trích yếu, bổ sung, đính chính: each judged on the document's own stream alone. */
export const completeDocumentSubject = ownStreamCommand(documentDecider, 'CompleteDocumentSubject', (input) =>
  streams.document(input.documentId),
);
export const completeDocument = ownStreamCommand(documentDecider, 'CompleteDocument', (input) => streams.document(input.documentId));
export const correctDocument = ownStreamCommand(documentDecider, 'CorrectDocument', (input) => streams.document(input.documentId));

/** Quan hệ giữa hai văn bản, on the stream of the one that amends, replaces or implements; the other must be registered. */
export const relateDocuments = ownStreamCommand(documentDecider, 'RelateDocuments', (input) => streams.document(input.documentId), {
  names: ['relatedRegistered'],
  read: async (store, input) => ({ relatedRegistered: await documentRegistered(store, input.relatedDocumentId) }),
});

export const registerPerson = ownStreamCommand(personDecider, 'RegisterPerson', (input) => streams.person(input.personId));

const ceremonyOf = (input: { ceremonyId: string }) => streams.ceremony(input.ceremonyId);

export const recordCeremony = ownStreamCommand(ceremonyDecider, 'RecordCeremony', ceremonyOf, {
  names: ['clusterFormed', 'hostRegistered', 'unregisteredDocumentIds'],
  read: async (store, input) => ({
    clusterFormed: (await loadState(store, clusterDecider, streams.cluster(input.clusterId))).formed,
    hostRegistered: await unitRegistered(store, input.hostUnitId),
    unregisteredDocumentIds: await unregistered(store, [...input.organisingDocumentIds, ...input.legalBasisDocumentIds]),
  }),
});

export const addCeremonyParticipant = ownStreamCommand(ceremonyDecider, 'AddCeremonyParticipant', ceremonyOf, {
  names: ['personRegistered', 'unitRegistered'],
  read: async (store, input) => ({
    personRegistered: await facts.personRegistered(store, input.personId),
    unitRegistered: await unitRegistered(store, input.unitId),
  }),
});

/** The members of the year it reviews, when the ceremony reviews one whose membership is on record, and the cited documents not registered. */
export const recordCeremonyReview = ownStreamCommand(ceremonyDecider, 'RecordCeremonyReview', ceremonyOf, {
  names: ['reviewedYearMembers', 'unregisteredDocumentIds'],
  read: async (store, input) => {
    const { reviewsYear } = await loadState(store, ceremonyDecider, ceremonyOf(input));
    const year = reviewsYear === null ? null : await facts.clusterYear(store, input.clusterId, reviewsYear);
    return {
      reviewedYearMembers: year?.opened ? [...year.members] : null,
      unregisteredDocumentIds: await unregistered(store, input.basisDocumentIds),
    };
  },
});

export const recordAttendance = ownStreamCommand(ceremonyDecider, 'RecordAttendance', ceremonyOf, {
  names: ['unitRegistered'],
  read: async (store, input) => ({ unitRegistered: await unitRegistered(store, input.unitId) }),
});

export const linkAttendancePerson = ownStreamCommand(ceremonyDecider, 'LinkAttendancePerson', ceremonyOf, {
  names: ['personRegistered'],
  read: async (store, input) => ({ personRegistered: await facts.personRegistered(store, input.personId) }),
});
