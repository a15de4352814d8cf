import { inWordsOf } from './domain/cluster-kind';
import { clusterDecider } from './domain/decider';
import { DomainError } from '../kernel/domain-error';
import type { ClusterYearCommand } from './domain/year/commands';
import { clusterYearDecider } from './domain/year/decider';
import { streams } from '../kernel/streams';
import { lifespanOf } from '../unit/domain/decider';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { CommandsRefusedError } from '../commands/decide-write';
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { runCommand } from '../commands/pipeline';

type Type = ClusterYearCommand['type'];
type CommandOf<T extends Type> = Extract<ClusterYearCommand, { type: T }>;
/** What the caller supplies: the command without its type and without the facts the handler gathers. */
export type YearInput<T extends Type, F extends keyof CommandOf<T> = never> = Omit<CommandOf<T>, 'type' | F> & {
  clusterId: string;
  year: number;
};

/**
 * A handler for one cluster-year command: `gather` reads the facts the rule needs from other
 * streams, again on every retry.
 */
function yearHandler<T extends Type, F extends keyof CommandOf<T> = never>(
  type: T,
  gather: (store: EventStore, input: YearInput<T, F>) => Promise<Pick<CommandOf<T>, F>> = async () => ({}) as Pick<CommandOf<T>, F>,
) {
  return (store: EventStore, input: YearInput<T, F>, context: CommandContext): Promise<CommandResult> =>
    inClusterWords(
      store,
      input.clusterId,
      runCommand(
        store,
        clusterYearDecider,
        streams.clusterYear(input.clusterId, input.year),
        { type, input },
        async () => ({ type, ...input, ...(await gather(store, input)) }) as unknown as CommandOf<T>,
        context,
      ),
    );
}

/** A refusal about a bloc says Khối, Khối trưởng, Khối phó (the rules' messages say Cụm); so does each refusal of a write of many commands. */
export async function inClusterWords<R>(store: EventStore, clusterId: string, work: Promise<R>): Promise<R> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof DomainError) && !(error instanceof CommandsRefusedError)) throw error;
    const { kind } = await loadState(store, clusterDecider, streams.cluster(clusterId));
    const reworded = (refused: DomainError) => new DomainError(refused.code, inWordsOf(kind, refused.message), refused.details);
    if (error instanceof DomainError) throw reworded(error as DomainError);
    throw new CommandsRefusedError(error.refusals.map((refusal) => ({ ...refusal, error: reworded(refusal.error) })));
  }
}

export const openClusterYear = yearHandler<'OpenClusterYear', 'clusterFormed' | 'unregisteredUnitIds' | 'lifespans'>(
  'OpenClusterYear',
  async (store, input) => {
    const spans = await Promise.all(input.memberUnitIds.map(async (id) => lifespanOf(await facts.unit(store, id))));
    return {
      clusterFormed: (await loadState(store, clusterDecider, streams.cluster(input.clusterId))).formed,
      unregisteredUnitIds: input.memberUnitIds.filter((_, i) => spans[i] === null),
      lifespans: Object.fromEntries(input.memberUnitIds.flatMap((id, i) => (spans[i] ? [[id, spans[i]]] : []))),
    };
  },
);

export const admitMember = yearHandler<'AdmitMember', 'lifespan'>('AdmitMember', async (store, input) => ({
  lifespan: lifespanOf(await facts.unit(store, input.unitId)),
}));

export const withdrawMember = yearHandler('WithdrawMember');
export const stateMembershipCompleteness = yearHandler('StateMembershipCompleteness');

export const rotateChair = yearHandler<'RotateChair', 'previousChairUnitId' | 'previousYearIneligibleUnitIds'>(
  'RotateChair',
  async (store, input) => {
    const previous = await facts.clusterYear(store, input.clusterId, input.year - 1);
    return { previousChairUnitId: previous.chairUnitId, previousYearIneligibleUnitIds: [...previous.ineligible] };
  },
);

export const appointViceChair = yearHandler<'AppointViceChair', 'previousYearIneligibleUnitIds'>(
  'AppointViceChair',
  async (store, input) => ({
    previousYearIneligibleUnitIds: [...(await facts.clusterYear(store, input.clusterId, input.year - 1)).ineligible],
  }),
);

export const nameOfficeRepresentative = yearHandler<'NameOfficeRepresentative', 'personRegistered'>(
  'NameOfficeRepresentative',
  async (store, input) => ({ personRegistered: await facts.personRegistered(store, input.personId) }),
);

export const recordOfficeDesignation = yearHandler<'RecordOfficeDesignation', 'documentRegistered'>(
  'RecordOfficeDesignation',
  async (store, input) => ({ documentRegistered: input.documentId !== null && (await facts.documentRegistered(store, input.documentId)) }),
);

export const assignOversight = yearHandler<'AssignOversight', 'personRegistered' | 'documentRegistered'>(
  'AssignOversight',
  async (store, input) => ({
    personRegistered: await facts.personRegistered(store, input.personId),
    documentRegistered: input.documentId !== null && (await facts.documentRegistered(store, input.documentId)),
  }),
);
export const endOversight = yearHandler('EndOversight');

export const declareIneligible = yearHandler('DeclareIneligible');
export const draftAgreement = yearHandler('DraftAgreement');
export const amendAgreement = yearHandler('AmendAgreement');
export const amendRegulation = yearHandler('AmendRegulation');
export const signAgreement = yearHandler('SignAgreement');
export const recordAgreementInForce = yearHandler('RecordAgreementInForce');

export const registerTitle = yearHandler<'RegisterTitle', 'titleKnown'>('RegisterTitle', async (store, input) => ({
  titleKnown: await facts.titleKnown(store, input.titleId),
}));
export const withdrawRegistration = yearHandler('WithdrawRegistration');
export const stateRegistrationCounts = yearHandler<'StateRegistrationCounts', 'unknownTitleIds'>(
  'StateRegistrationCounts',
  async (store, input) => {
    const known = await Promise.all(input.counts.map((count) => facts.titleKnown(store, count.titleId)));
    return { unknownTitleIds: input.counts.filter((_, i) => !known[i]).map((count) => count.titleId) };
  },
);

export const adoptCriteriaSet = yearHandler<'AdoptCriteriaSet', 'criteriaSet'>(
  'AdoptCriteriaSet',
  async (store, input: YearInput<'AdoptCriteriaSet', 'criteriaSet'> & { version?: number | null }) => ({
    criteriaSet: await facts.criteriaSet(store, input.criteriaSetId, input.version ? { version: input.version } : { year: input.year }),
  }),
);
export const finalizeScores = yearHandler('FinalizeScores');
export const reopenScores = yearHandler('ReopenScores');

export const openVote = yearHandler<'OpenVote', 'titleKnown'>('OpenVote', async (store, input) => ({
  titleKnown: await facts.titleKnown(store, input.titleId),
}));
export const castBallot = yearHandler('CastBallot');
export const closeVote = yearHandler('CloseVote');

export const proposeAward = yearHandler<'ProposeAward', 'titleKnown'>('ProposeAward', async (store, input) => ({
  titleKnown: await facts.titleKnown(store, input.titleId),
}));
export const decideAward = yearHandler<'DecideAward', 'ratedAdvancedCount' | 'ranking'>('DecideAward', (store, input) =>
  facts.rating(store, input.clusterId, input.year),
);
export const revokeAward = yearHandler('RevokeAward');
export const issueClusterYearReport = yearHandler('IssueClusterYearReport');
