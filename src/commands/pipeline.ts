import type { Decider, DomainEvent } from '../kernel/decider';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { AppendResult, EventStore } from '../eventstore/port';
import type { CommandContext } from './command-context';
import type { CommandResult } from './command-result';
import { ConcurrencyConflictError } from './concurrency-error';
import { CommandsRefusedError, decideWrite, type DecidedStream, type StreamCommand } from './decide-write';
import { keepView, loadView, noteCommands } from './fold';
import { fingerprintOf, idempotencyKey, IdempotencyKeyReusedError, type Intent } from './idempotency';
import { inStreamOrder } from './stream-queue';

export const MAX_ATTEMPTS = 5;

/** The longest wait before one retry; the first waits about BACKOFF_BASE_MS, each next one twice as long. */
const BACKOFF_BASE_MS = 10;
const BACKOFF_CAP_MS = 200;

/**
 * How long to wait before retry number `retry` (1 for the first) after losing a race to another
 * process: exponential and bounded, half of it random ("equal jitter"), so two replicas that
 * collided once do not collide again in lockstep.
 */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function resultOf(
  context: CommandContext,
  stream: string,
  last: { position: number; revision: number },
  eventTypes: string[],
  duplicate: boolean,
): CommandResult {
  return { commandId: context.commandId, stream, position: last.position, revision: last.revision, eventTypes, duplicate };
}

/**
 * Runs one command against one stream: read, fold, decide, append with the revision read.
 * `intent` is what the caller asked for: its fingerprint, stored with the events, tells a retry
 * (same actor, command id and intent: answered with the first result) from a reused command id
 * (IDEMPOTENCY_KEY_REUSED). `build` makes the domain command and is called again on every attempt,
 * because facts it gathers from other streams may have changed along with the stream that caused
 * the conflict. Commands of this process on one stream run one after another.
 */
export function runCommand<C extends { type: string }, S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<C, S, E>,
  stream: string,
  intent: Intent,
  build: () => C | Promise<C>,
  context: CommandContext,
): Promise<CommandResult> {
  return runOnStreams(store, [streamPart(decider, stream, build)], intent, context);
}

/** The facts a command needs from other streams: their names in the command, and how to read them from the store. */
export interface FactsNeeded<Cmd, K extends keyof Cmd> {
  names: readonly K[];
  read(store: EventStore, input: Omit<Cmd, 'type' | K>): Promise<Pick<Cmd, K>>;
}

/**
 * The handler of a command judged on its own stream: the decider, the command's type, where the
 * stream of an input is, and the facts it needs from other streams (none by default), read from the
 * store before it is decided. The input is the command without its type and its facts.
 */
export function ownStreamCommand<
  C extends { type: string },
  S,
  E extends DomainEvent,
  T extends C['type'],
  K extends keyof Extract<C, { type: T }> = never,
>(
  decider: Decider<C, S, E>,
  type: T,
  streamOf: (input: Omit<Extract<C, { type: T }>, 'type' | K>) => string,
  needs?: FactsNeeded<Extract<C, { type: T }>, K>,
) {
  return (store: EventStore, input: Omit<Extract<C, { type: T }>, 'type' | K>, context: CommandContext): Promise<CommandResult> =>
    runCommand(
      store,
      decider,
      streamOf(input),
      { type, input },
      async () => ({ ...input, ...(needs ? await needs.read(store, input) : {}), type }) as unknown as C,
      context,
    );
}

/** One stream's part of a command that writes several streams: the stream, its logic, and how to make its command. */
export interface StreamPart {
  stream: string;
  decider: Decider<{ type: string }, unknown, DomainEvent>;
  build: () => { type: string } | Promise<{ type: string }>;
}

/** A part, typed where it is made: its command is one its decider takes. */
export const streamPart = <C extends { type: string }, S, E extends DomainEvent>(
  decider: Decider<C, S, E>,
  stream: string,
  build: () => C | Promise<C>,
): StreamPart => ({ stream, decider: decider as unknown as StreamPart['decider'], build });

/**
 * Runs one command that changes several streams of one kind (a merge of several predecessors):
 * each stream's part is decided against its own state. See runOnStreams.
 */
export function runAcrossStreams<C extends { type: string }, S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<C, S, E>,
  parts: { stream: string; build: () => C | Promise<C> }[],
  intent: Intent,
  context: CommandContext,
): Promise<CommandResult> {
  return runOnStreams(
    store,
    parts.map((part) => streamPart(decider, part.stream, part.build)),
    intent,
    context,
  );
}

/**
 * Runs one command that changes several streams (a merge's predecessors; a registration's unit and
 * name streams): each part is decided by its own decider against its own state, and all their events
 * go to the store in one atomic multi-stream append (see runWrite). A refusal of any part writes
 * nothing and is thrown as it is. The answer names the last part's stream.
 */
export async function runOnStreams(
  store: EventStore,
  parts: StreamPart[],
  intent: Intent,
  context: CommandContext,
): Promise<CommandResult> {
  const plan: WritePlan<{ type: string }[]> = {
    // The facts a command gathers are read while its streams are: on a store across the network
    // that is one round trip fewer per command.
    gather: () => Promise.all(parts.map(async (part) => part.build())),
    commands: parts.map((part, i) => ({ stream: part.stream, decider: part.decider, command: (_state, built) => built[i] })),
  };
  try {
    return await runWrite(store, plan, intent, context);
  } catch (error) {
    throw error instanceof CommandsRefusedError ? error.refusals[0].error : error;
  }
}

/** A write of one or many commands: the facts they need from other streams, and the commands in order. */
export interface WritePlan<F> {
  /** Gathered again on every attempt, while the write's own streams are read: they may have changed along with them. */
  gather: () => Promise<F>;
  commands: StreamCommand<F>[];
}

/**
 * Runs a write of one or many commands as one unit: its streams are read (each once), every
 * command is decided in order (decideWrite: a refusal of any refuses the whole, with every
 * refusal listed), and all events go to the store in one atomic multi-stream append, so no log
 * position shows part of the write and a crash cannot leave part of it written. A conflict on any
 * stream re-reads and re-decides it all. Idempotent by the caller's command id: a repeat is
 * answered with the first result. `signal` cancels it before its append, never during.
 */
export function runWrite<F>(
  store: EventStore,
  plan: WritePlan<F>,
  intent: Intent,
  context: CommandContext,
  signal?: AbortSignal,
): Promise<CommandResult> {
  // Queued behind every stream it writes, taken in name order so two such writes never wait on each other.
  const streams = [...new Set(plan.commands.map((command) => command.stream))].sort();
  const queued = streams.reduceRight<() => Promise<CommandResult>>(
    (work, stream) => () => inStreamOrder(store, stream, work),
    () => attemptWrite(store, plan, intent, context, signal),
  );
  return queued();
}

/** Each stream of the write once, in the order its commands first name it, with its logic. */
function streamsOf<F>(plan: WritePlan<F>): { stream: string; decider: StreamCommand<F>['decider'] }[] {
  const seen = new Map<string, StreamCommand<F>['decider']>();
  for (const { stream, decider } of plan.commands) if (!seen.has(stream)) seen.set(stream, decider);
  return [...seen].map(([stream, decider]) => ({ stream, decider }));
}

/** The write's streams read (each once) and the facts its commands need gathered, at the same time. */
async function readWrite<F>(store: EventStore, plan: WritePlan<F>, streams: ReturnType<typeof streamsOf>) {
  const gathered = Promise.resolve().then(plan.gather);
  gathered.catch(() => undefined);
  const views = await Promise.all(streams.map(({ stream, decider }) => loadView(store, decider, stream)));
  return { views, byStream: new Map(streams.map(({ stream }, i) => [stream, views[i]])), gathered };
}

/**
 * Decides a write as it would run now and writes nothing: throws CommandsRefusedError with every
 * refusal. What an import does for the rows that passed its own checks when others did not, so
 * the officer sees every problem of the sheet at once.
 */
export async function checkWrite<F>(store: EventStore, plan: WritePlan<F>, context: CommandContext, signal?: AbortSignal): Promise<void> {
  const { byStream, gathered } = await readWrite(store, plan, streamsOf(plan));
  await decideWrite(plan.commands, byStream, await gathered, context, '', signal);
}

async function attemptWrite<F>(
  store: EventStore,
  plan: WritePlan<F>,
  intent: Intent,
  context: CommandContext,
  signal: AbortSignal | undefined,
): Promise<CommandResult> {
  const key = idempotencyKey(context.actor.id, context.commandId);
  const fingerprint = fingerprintOf(intent);
  const streams = streamsOf(plan);
  const lastStream = streams[streams.length - 1].stream;
  for (let attempt = 1; ; attempt += 1) {
    const { views, byStream, gathered } = await readWrite(store, plan, streams);
    // The streams are written together, so one that holds the command means they all do.
    const repeats = views.flatMap((view) => view.commands.get(key) ?? []);
    if (repeats.length > 0) {
      const reused = repeats.find((repeat) => repeat.fingerprint !== null && repeat.fingerprint !== fingerprint);
      if (reused) throw new IdempotencyKeyReusedError(context.commandId, reused.commandType);
      const last = repeats.reduce((a, b) => (a.position > b.position ? a : b));
      return resultOf(
        context,
        lastStream,
        last,
        repeats.flatMap((repeat) => repeat.eventTypes),
        true,
      );
    }
    const decided = await decideWrite(plan.commands, byStream, await gathered, context, fingerprint, signal);
    signal?.throwIfAborted();
    try {
      const appended = await store.appendMany(
        decided.map(({ stream, view, events }) => ({
          stream,
          events,
          expected: view.revision < 0 ? ('no_stream' as const) : view.revision,
        })),
      );
      decided.forEach((part, i) => keepDecided(store, part, appended[i]));
      const last = appended[appended.length - 1];
      return resultOf(
        context,
        lastStream,
        { position: last.position, revision: last.nextRevision },
        decided.flatMap((part) => part.events.map((event) => event.type)),
        false,
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (attempt === MAX_ATTEMPTS) throw new ConcurrencyConflictError(streams.map((part) => part.stream).join(', '), attempt);
    }
    await sleep(backoffMs(attempt));
  }
}

/**
 * Keeps the state the write decided as the stream's view, without reading the events back or
 * folding them again. Positions are consecutive because one append is one contiguous batch of the log.
 */
function keepDecided(store: EventStore, part: DecidedStream, appended: AppendResult): void {
  const { events } = part;
  const first = appended.nextRevision - events.length + 1;
  const firstPosition = appended.position - events.length + 1;
  const recorded = events.map((event, j) => ({ ...event, revision: first + j, position: firstPosition + j }));
  keepView(store, part.decider, part.stream, {
    state: part.state,
    revision: appended.nextRevision,
    commands: noteCommands(part.view.commands, recorded),
  });
}
