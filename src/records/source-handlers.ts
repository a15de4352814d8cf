import type { CiteSource, WithdrawSource } from './domain/source/commands';
import { sourceDecider } from './domain/source/decider';
import { normalRecord, SourcedRecordKind, type RecordRef } from './domain/source/record-ref';
import { ceremonyDecider } from './domain/ceremony/decider';
import { clusterDecider } from '../cluster/domain/decider';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { ownStreamCommand } from '../commands/pipeline';

export type CiteSourceInput = Omit<CiteSource, 'type' | 'recordExists' | 'documentRegistered'>;
export type WithdrawSourceInput = Omit<WithdrawSource, 'type'>;

const ceremony = (store: EventStore, id: string) => loadState(store, ceremonyDecider, streams.ceremony(id));

/** Whether the year's part is on record: a member, a held office, a drafted agreement, an award. */
async function yearPartExists(store: EventStore, record: RecordRef & { year: number }): Promise<boolean> {
  const year = await facts.clusterYear(store, record.id, record.year);
  if (!year.opened) return false;
  switch (record.kind) {
    case SourcedRecordKind.MEMBERSHIP:
      return year.members.has(record.partId!);
    case SourcedRecordKind.OFFICE:
      return (record.partId === 'CHAIR' ? year.chairUnitId : record.partId === 'VICE_CHAIR' ? year.viceChairUnitId : null) !== null;
    case SourcedRecordKind.AGREEMENT:
      return year.agreement.drafted;
    case SourcedRecordKind.AWARD:
      return year.awards.has(record.partId!);
    default:
      return true;
  }
}

/** Whether the record a source is cited for is on record, read from its own stream (read models may lag). */
async function recordExists(store: EventStore, given: RecordRef): Promise<boolean> {
  const record = normalRecord(given);
  if (record === null) return false;
  switch (record.kind) {
    case SourcedRecordKind.UNIT:
      return (await facts.unit(store, record.id)).registered;
    case SourcedRecordKind.CLUSTER:
      return (await loadState(store, clusterDecider, streams.cluster(record.id))).formed;
    case SourcedRecordKind.MEETING:
      return (await ceremony(store, record.id)).recorded;
    case SourcedRecordKind.REVIEW:
      return (await ceremony(store, record.id)).reviewed;
    case SourcedRecordKind.DOCUMENT:
      return facts.documentRegistered(store, record.id);
    case SourcedRecordKind.PERSON:
      return facts.personRegistered(store, record.id);
    case SourcedRecordKind.COUNCIL:
      return (await facts.council(store, record.id)) !== null;
    default:
      return yearPartExists(store, record as RecordRef & { year: number });
  }
}

const citationOf = (input: { citationId: string }) => streams.source(input.citationId);

export const citeSource = ownStreamCommand(sourceDecider, 'CiteSource', citationOf, {
  names: ['recordExists', 'documentRegistered'],
  read: async (store, input) => ({
    recordExists: await recordExists(store, input.record),
    documentRegistered: input.documentId !== null && (await facts.documentRegistered(store, input.documentId)),
  }),
});

export const withdrawSource = ownStreamCommand(sourceDecider, 'WithdrawSource', citationOf);
