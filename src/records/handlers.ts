import { clusterDecider } from '../cluster/domain/decider';
import type {
  AddCeremonyParticipant,
  LinkAttendancePerson,
  RecordAttendance,
  RecordCeremony,
  RecordCeremonyReview,
} from './domain/ceremony/commands';
import { ceremonyDecider } from './domain/ceremony/decider';
import { createHash } from 'node:crypto';
import {
  documentDecider,
  type CorrectDocument,
  type DocumentCommand,
  type DocumentEvent,
  type RegisterDocument,
  type RelateDocuments,
} from './domain/document/document';
import { documentIdentity, documentIdentityDecider } from './domain/document/document-identity';
import type { DocumentState } from './domain/document/document-state';
import { personDecider, type RegisterPerson } from './domain/person/person';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { ownStreamCommand, runOnStreams, streamPart, type StreamPart } from '../commands/pipeline';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';

export type RegisterDocumentInput = Omit<RegisterDocument, 'type' | 'issuerRegistered' | 'councilBody' | 'identityTakenBy'>;
export type CorrectDocumentInput = Omit<CorrectDocument, 'type' | 'identityTakenBy'>;
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

/** The facts a registration reads: whether its issuer is on record, and the council body it names. */
async function registrationFacts(store: EventStore, input: RegisterDocumentInput) {
  const councilId = input.issuerCouncilId ?? input.issuerCouncil?.id ?? null;
  const body = councilId === null ? null : await facts.council(store, councilId);
  const councilBody = body && { id: body.councilId, name: body.name, level: body.level, unitId: body.unitId };
  return { issuerRegistered: input.issuerCouncilId ? body !== null : await issuerRegistered(store, input), councilBody };
}

const identityStream = (identity: string) => streams.documentIdentity(createHash('sha256').update(identity).digest('hex').slice(0, 32));

/** The identity the registration or correction `decide` would write, or null when it has none or is refused (the real decision says why). */
function identityAfter(decide: () => DocumentEvent[], before: DocumentState): string | null {
  try {
    const state = decide().reduce(documentDecider.evolve, before);
    return state.details && documentIdentity(state.issuer, state.details);
  } catch {
    return null;
  }
}

/**
 * The parts of a command that gives a document an identity (issuer, kind, number, year): the
 * identity's record, then the document's own command, told which document bears it now, in one
 * atomic append (see document-identity.ts). Without a new identity, the document's part alone.
 */
function identifying(
  store: EventStore,
  documentId: string,
  identity: string | null,
  command: (identityTakenBy: string | null) => Promise<DocumentCommand>,
): StreamPart[] {
  const document = (takenBy: () => Promise<string | null>) =>
    streamPart(documentDecider, streams.document(documentId), async () => command(await takenBy()));
  if (identity === null) return [document(async () => null)];
  const stream = identityStream(identity);
  return [
    streamPart(documentIdentityDecider, stream, () => ({ type: 'RecordDocumentIdentity' as const, documentId, identity })),
    document(() => facts.documentIdentityBearer(store, stream, identity)),
  ];
}

/** Vào sổ: refused when another document already bears the issuer, kind, number and year this one would. */
export async function registerDocument(store: EventStore, input: RegisterDocumentInput, context: CommandContext): Promise<CommandResult> {
  const build = async (identityTakenBy: string | null): Promise<RegisterDocument> => ({
    type: 'RegisterDocument',
    ...input,
    ...(await registrationFacts(store, input)),
    identityTakenBy,
  });
  const first = await build(null);
  const identity = identityAfter(() => documentDecider.decide(first, documentDecider.initialState()), documentDecider.initialState());
  return runOnStreams(store, identifying(store, input.documentId, identity, build), { type: 'RegisterDocument', input }, context);
}

/** Đính chính: a correction that gives the document another issuer, kind, number or year is judged as a registration is. */
export async function correctDocument(store: EventStore, input: CorrectDocumentInput, context: CommandContext): Promise<CommandResult> {
  const state = await loadState(store, documentDecider, streams.document(input.documentId));
  const now = state.details && documentIdentity(state.issuer, state.details);
  const after = identityAfter(() => documentDecider.decide({ type: 'CorrectDocument', ...input }, state), state);
  const build = async (identityTakenBy: string | null): Promise<CorrectDocument> => ({
    type: 'CorrectDocument',
    ...input,
    identityTakenBy,
  });
  const parts = identifying(store, input.documentId, after !== now ? after : null, build);
  return runOnStreams(store, parts, { type: 'CorrectDocument', input }, context);
}

/** Bổ sung trích yếu, bổ sung, đính chính: each judged on the document's own stream alone. */
export const completeDocumentSubject = ownStreamCommand(documentDecider, 'CompleteDocumentSubject', (input) =>
  streams.document(input.documentId),
);
export const completeDocument = ownStreamCommand(documentDecider, 'CompleteDocument', (input) => streams.document(input.documentId));

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
