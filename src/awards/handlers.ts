import { capFor, entryById } from '../catalogue/domain/award-catalogue/catalogue';
import type { CatalogueEntry, DecidingAuthority } from '../catalogue/domain/award-catalogue/entry';
import { titlesCoveredBy } from '../catalogue/domain/title/standard-titles';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { ownStreamCommand, runOnStreams, streamPart } from '../commands/pipeline';
import type { EventStore } from '../eventstore/port';
import { streams } from '../kernel/streams';
import { CouncilLevel } from '../records/domain/document/document-issuer';
import { UnitLevel } from '../unit/domain/unit-level';
import type * as Commands from './domain/dossier/commands';
import { dossierDecider } from './domain/dossier/decider';
import { personTitlesCoveredBy, personTitlesDecider } from './domain/person-titles/person-titles';
import type { Addressee, Candidate, Memo } from './domain/dossier/parties';
import type { Dossier, DossierItem } from './domain/dossier/state';

type Input<C extends { type: string }, Gathered extends keyof C = never> = Omit<C, 'type' | Gathered>;

export type DraftDossierInput = Input<Commands.DraftDossier, 'forwardMatches' | 'carriedItems' | 'forwardedFrom'>;
export type AddItemInput = Input<Commands.AddItem, 'entry' | 'registered'>;
export type ResolveCountItemInput = Omit<Input<Commands.ResolveCountItem, 'entry'>, 'named'> & {
  named: { itemId: string; candidate: Candidate; achievements: string | null }[];
};
export type ForwardDossierInput = Input<Commands.ForwardDossier> & { memo: Memo };

const dossierOf = (input: { dossierId: string }) => streams.dossier(input.dossierId);
const dossierNow = async (store: EventStore, dossierId: string) =>
  (await loadState(store, dossierDecider, dossierOf({ dossierId }))).dossier;

const entryFacts = (entryId: string): Commands.EntryFacts => {
  const entry = entryById(entryId);
  return entry
    ? { known: true, kind: entry.kind, recipients: entry.recipients, decidedBy: entry.decidedBy }
    : { known: false, kind: 'TITLE', recipients: [], decidedBy: [] };
};

/**
 * Whether a unit registered for a title in the year its cluster proposes it for: the proposing
 * cluster's year holds the registrations. Anywhere else (a person, a unit's own proposal, a year whose
 * registrations are not on record) the registration is not on record, and the item says so.
 */
async function registered(store: EventStore, dossier: Dossier | null, candidate: Candidate, entryId: string): Promise<boolean | null> {
  const proposer = dossier?.proposer;
  if (!dossier || !proposer || entryById(entryId)?.kind !== 'TITLE') return null;
  if (candidate.kind === 'PERSON')
    return proposer.kind === 'UNIT' ? personRegistered(store, proposer.id, dossier.year, candidate.id, entryId) : null;
  if (proposer.kind !== 'CLUSTER') return null;
  const year = await facts.clusterYear(store, proposer.id, dossier.year);
  if (year.registrations.size === 0) return null;
  const title = year.registrations.get(candidate.id);
  return title !== undefined && titlesCoveredBy(title).includes(entryId);
}

/** Whether a person of the proposing unit registered for the title (or one above it) in the unit's year; not on record when none did. */
async function personRegistered(
  store: EventStore,
  unitId: string,
  year: number,
  personId: string,
  entryId: string,
): Promise<boolean | null> {
  const { registrations } = await loadState(store, personTitlesDecider, streams.personTitles(unitId, year));
  if (registrations.size === 0) return null;
  const title = registrations.get(personId);
  return title !== undefined && personTitlesCoveredBy(title).includes(entryId);
}

const personTitlesOf = (input: { unitId: string; year: number }) => streams.personTitles(input.unitId, input.year);

export const registerPersonTitle = ownStreamCommand(personTitlesDecider, 'RegisterPersonTitle', personTitlesOf, {
  names: ['unitRegistered', 'personRegistered', 'titleForPersons'],
  read: async (store, input) => {
    const entry = entryById(input.titleId);
    return {
      unitRegistered: (await facts.unit(store, input.unitId)).registered,
      personRegistered: await facts.personRegistered(store, input.personId),
      titleForPersons: entry?.kind === 'TITLE' && entry.recipients.includes('PERSON'),
    };
  },
});

export const withdrawPersonTitle = ownStreamCommand(personTitlesDecider, 'WithdrawPersonTitle', personTitlesOf);

export const draftDossier = ownStreamCommand(dossierDecider, 'DraftDossier', dossierOf, {
  names: ['forwardMatches', 'carriedItems', 'forwardedFrom'],
  read: () => Promise.resolve({ forwardMatches: false, carriedItems: [], forwardedFrom: null }),
});

export const amendDossierMemo = ownStreamCommand(dossierDecider, 'AmendMemo', dossierOf);

export const addDossierItem = ownStreamCommand(dossierDecider, 'AddItem', dossierOf, {
  names: ['entry', 'registered'],
  read: async (store, input) => ({
    entry: entryFacts(input.entryId),
    registered: input.candidate ? await registered(store, await dossierNow(store, input.dossierId), input.candidate, input.entryId) : null,
  }),
});

export const removeDossierItem = ownStreamCommand(dossierDecider, 'RemoveItem', dossierOf);

export function resolveDossierCountItem(store: EventStore, input: ResolveCountItemInput, context: CommandContext): Promise<CommandResult> {
  return runOnStreams(
    store,
    [
      streamPart(dossierDecider, dossierOf(input), async () => {
        const dossier = await dossierNow(store, input.dossierId);
        const entryId = dossier?.items.get(input.itemId)?.entryId ?? '';
        const named = await Promise.all(
          input.named.map(async (n) => ({ ...n, registered: await registered(store, dossier, n.candidate, entryId) })),
        );
        return { type: 'ResolveCountItem' as const, ...input, entry: entryFacts(entryId), named };
      }),
    ],
    { type: 'ResolveCountItem', input },
    context,
  );
}

export const attachDossierDocument = ownStreamCommand(dossierDecider, 'AttachDocument', dossierOf, {
  names: ['documentRegistered'],
  read: async (store, input) => ({ documentRegistered: await facts.documentRegistered(store, input.documentId) }),
});

export const submitDossier = ownStreamCommand(dossierDecider, 'SubmitDossier', dossierOf);
export const receiveDossier = ownStreamCommand(dossierDecider, 'ReceiveDossier', dossierOf);
export const returnDossier = ownStreamCommand(dossierDecider, 'ReturnDossier', dossierOf);
export const resubmitDossier = ownStreamCommand(dossierDecider, 'ResubmitDossier', dossierOf);

/** The dossiers a dossier came from, itself first: a council's dossier carries what the one below it approved. */
async function chainOf(store: EventStore, dossier: Dossier | null): Promise<Dossier[]> {
  const chain: Dossier[] = [];
  for (let next = dossier; next && chain.length < 10; next = next.forwardedFrom ? await dossierNow(store, next.forwardedFrom) : null)
    chain.push(next);
  return chain;
}

/** The cluster a chain of dossiers started from, where the year's registrations, ratings and awards are kept. */
const originCluster = (chain: Dossier[]) => chain.find((d) => d.proposer?.kind === 'CLUSTER')?.proposer?.id ?? null;

const sameCandidate = (a: Candidate | null, b: Candidate) => a !== null && a.kind === b.kind && a.id === b.id;

/**
 * Whether the candidate holds what the entry requires that year: approved or decided along the
 * dossier's chain, or decided in the origin cluster's year. Without a cluster at the origin the
 * record cannot tell, and the appraisal says so.
 */
async function prerequisitesHeld(store: EventStore, chain: Dossier[], itemId: string): Promise<boolean | null> {
  const item = chain[0]?.items.get(itemId);
  const required = item ? (entryById(item.entryId)?.prerequisites ?? []) : [];
  if (!item?.candidate || required.length === 0) return true;
  const candidate = item.candidate;
  const clusterId = originCluster(chain);
  const year = clusterId && candidate.kind === 'UNIT' ? await facts.clusterYear(store, clusterId, chain[0].year) : null;
  const holds = (entryId: string) =>
    chain.some((d) =>
      [...d.items.values()].some(
        (i) =>
          i.entryId === entryId && sameCandidate(i.candidate, candidate) && (i.status === 'APPROVED' || (i.award && !i.award.revocation)),
      ),
    ) || [...(year?.awards.values() ?? [])].some((a) => a.unitId === candidate.id && a.titleId === entryId && a.status === 'DECIDED');
  if (required.every((r) => holds(r.entryId))) return true;
  return clusterId === null ? null : false;
}

export const appraiseDossierItem = ownStreamCommand(dossierDecider, 'AppraiseItem', dossierOf, {
  names: ['approvalPercent', 'prerequisitesHeld'],
  read: async (store, input) => {
    const chain = await chainOf(store, await dossierNow(store, input.dossierId));
    const entry = entryById(chain[0]?.items.get(input.itemId)?.entryId ?? '');
    return {
      approvalPercent: entry?.approvalPercent?.percent ?? null,
      prerequisitesHeld: await prerequisitesHeld(store, chain, input.itemId),
    };
  },
});

/** Who decides for an addressee: the council's or the unit's level says whose hand signs. */
async function authorityOf(store: EventStore, addressee: Addressee): Promise<DecidingAuthority> {
  if (addressee.kind === 'COUNCIL') {
    const level = (await facts.council(store, addressee.id))?.level;
    return level === CouncilLevel.SECTOR ? 'PROSECUTOR_GENERAL' : level === CouncilLevel.PROVINCIAL ? 'PROVINCIAL_CHIEF' : 'UNIT_HEAD';
  }
  const level = (await facts.unit(store, addressee.id)).level;
  return level === UnitLevel.SUPREME ? 'PROSECUTOR_GENERAL' : level === UnitLevel.PROVINCIAL ? 'PROVINCIAL_CHIEF' : 'UNIT_HEAD';
}

/**
 * How many more of a capped collective title a decision may grant: the cap over the units the origin
 * cluster's ranking rates at the base title, less those the cluster year already decided. Without a
 * cluster at the origin, or for persons, the base is not on record.
 */
async function capRoom(store: EventStore, chain: Dossier[], entry: CatalogueEntry): Promise<number | null> {
  const clusterId = originCluster(chain);
  if (!entry.cap || clusterId === null || !entry.recipients.includes('COLLECTIVE')) return null;
  const { ratedAdvancedCount } = await facts.rating(store, clusterId, chain[0].year);
  const year = await facts.clusterYear(store, clusterId, chain[0].year);
  const held = [...year.awards.values()].filter((a) => a.titleId === entry.id && a.status === 'DECIDED').length;
  return Math.max(0, capFor(entry, ratedAdvancedCount) - held);
}

export const decideDossier = ownStreamCommand(dossierDecider, 'DecideDossier', dossierOf, {
  names: ['authority', 'entries', 'capRoom'],
  read: async (store, input) => {
    const chain = await chainOf(store, await dossierNow(store, input.dossierId));
    const entries = [...new Set([...(chain[0]?.items.values() ?? [])].map((i) => i.entryId))].flatMap((id) => entryById(id) ?? []);
    const capped = entries.filter((e) => e.cap !== null);
    return {
      authority: chain[0]?.addressee ? await authorityOf(store, chain[0].addressee) : 'UNIT_HEAD',
      entries: Object.fromEntries(entries.map((e) => [e.id, { decidedBy: e.decidedBy }])),
      capRoom: Object.fromEntries(await Promise.all(capped.map(async (e) => [e.id, await capRoom(store, chain, e)] as const))),
    };
  },
});

export const draftDossierDecision = ownStreamCommand(dossierDecider, 'DraftDecision', dossierOf);

/** The awards of this dossier that required the one revoked (the sector flag needs that year's excellent title). */
export const revokeDossierAward = ownStreamCommand(dossierDecider, 'RevokeDossierAward', dossierOf, {
  names: ['dependentItemIds'],
  read: async (store, input) => {
    const items = [...((await dossierNow(store, input.dossierId))?.items ?? new Map<string, DossierItem>())];
    const revoked = items.find(([id]) => id === input.itemId)?.[1];
    const dependentItemIds = revoked?.candidate
      ? items
          .filter(
            ([, i]) =>
              sameCandidate(i.candidate, revoked.candidate!) &&
              entryById(i.entryId)?.prerequisites.some((p) => p.entryId === revoked.entryId),
          )
          .map(([id]) => id)
      : [];
    return { dependentItemIds };
  },
});

/**
 * Đề nghị lên cấp trên: the council's dossier is forwarded, and the dossier it proposes on is drafted
 * with the items it approved, in one atomic append: neither exists without the other.
 */
export function forwardDossier(store: EventStore, input: ForwardDossierInput, context: CommandContext): Promise<CommandResult> {
  const { memo, ...forward } = input;
  return runOnStreams(
    store,
    [
      streamPart(dossierDecider, dossierOf(input), () => ({ type: 'ForwardDossier' as const, ...forward })),
      streamPart(dossierDecider, streams.dossier(input.forwardedAs), async () => {
        const source = await dossierNow(store, input.dossierId);
        const approved = [...(source?.items ?? new Map<string, DossierItem>())].filter(([, item]) => item.status === 'APPROVED');
        return {
          type: 'DraftDossier' as const,
          dossierId: input.forwardedAs,
          year: source?.year ?? 0,
          proposer: {
            kind: source?.addressee?.kind === 'UNIT_HEAD' ? ('UNIT' as const) : ('COUNCIL' as const),
            id: source?.addressee?.id ?? '',
          },
          addressee: input.addressee,
          memo,
          forwardedFrom: input.dossierId,
          forwardMatches: true,
          carriedItems: approved.map(([itemId, item]) => ({
            itemId,
            entryId: item.entryId,
            candidate: item.candidate,
            count: item.count,
            achievements: item.achievements,
            registration: item.registration,
          })),
        };
      }),
    ],
    { type: 'ForwardDossier', input },
    context,
  );
}

/** A decision known only by its outcome: the catalogue's facts of the entries its awards name. */
export const recordKnownDecision = ownStreamCommand(dossierDecider, 'RecordKnownDecision', dossierOf, {
  names: ['entries'],
  read: (_store, input) => Promise.resolve({ entries: Object.fromEntries(input.awards.map((a) => [a.entryId, entryFacts(a.entryId)])) }),
});
