import { v7 as timeOrderedUuid } from 'uuid';
import type { Decider, DomainEvent } from '../domain/shared/decider';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { EventMetadata, EventStore, EventToAppend } from '../eventstore/port';
import type { CommandContext } from './command-context';
import type { CommandResult } from './command-result';
import { ConcurrencyConflictError } from './concurrency-error';
import { extendView, keepView, loadView } from './fold';
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

function metadataFor(context: CommandContext, commandType: string, commandFingerprint: string): EventMetadata {
  const { actor, commandId, correlationId, causationId, reason } = context;
  return {
    actor: { id: actor.id, name: actor.name, role: actor.role, unitId: actor.unitId },
    commandType,
    commandId,
    commandFingerprint,
    correlationId,
    causationId,
    recordedAt: new Date().toISOString(),
    ...(reason === undefined ? {} : { reason }),
  };
}

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
 * go to the store in one atomic multi-stream append, so no log position shows some parts without
 * the others and a crash cannot leave one part written. A refusal of any part writes nothing; a
 * conflict on any stream re-reads and re-decides them all. The answer names the last part's stream.
 */
export function runOnStreams(store: EventStore, parts: StreamPart[], intent: Intent, context: CommandContext): Promise<CommandResult> {
  // Queued behind every stream it writes, taken in name order so two such commands never wait on each other.
  const streams = [...new Set(parts.map((part) => part.stream))].sort();
  const queued = streams.reduceRight<() => Promise<CommandResult>>(
    (work, stream) => () => inStreamOrder(store, stream, work),
    () => attemptCommand(store, parts, intent, context),
  );
  return queued();
}

async function attemptCommand(store: EventStore, parts: StreamPart[], intent: Intent, context: CommandContext): Promise<CommandResult> {
  const key = idempotencyKey(context.actor.id, context.commandId);
  const fingerprint = fingerprintOf(intent);
  const lastStream = parts[parts.length - 1].stream;
  for (let attempt = 1; ; attempt += 1) {
    // The facts a command gathers are read while its streams are: on a store across the network
    // that is one round trip fewer per command. A repeat answered below never looks at them.
    const commands = parts.map((part) => Promise.resolve().then(part.build));
    for (const command of commands) command.catch(() => undefined);
    const views = await Promise.all(parts.map((part) => loadView(store, part.decider, part.stream)));
    // The parts are written together, so one part that ran means they all did.
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

    const decided: EventToAppend[][] = [];
    for (const [i, part] of parts.entries()) {
      const command = await commands[i];
      const events = part.decider.decide(command, views[i].state);
      const metadata = metadataFor(context, command.type, fingerprint);
      // Time-ordered ids: the store's unique index on ids then grows at its end instead of everywhere.
      decided.push(events.map((event) => ({ id: timeOrderedUuid(), type: event.type, data: event.data, metadata })));
    }
    try {
      const appended = await store.appendMany(
        parts.map((part, i) => ({
          stream: part.stream,
          events: decided[i],
          expected: views[i].revision < 0 ? ('no_stream' as const) : views[i].revision,
        })),
      );
      // Our own events, folded in without reading them back. Positions are consecutive because
      // one append is one contiguous batch of the log.
      parts.forEach((part, i) => {
        const events = decided[i];
        const first = appended[i].nextRevision - events.length + 1;
        const firstPosition = appended[i].position - events.length + 1;
        keepView(
          store,
          part.decider,
          part.stream,
          extendView(
            part.decider,
            views[i],
            events.map((event, j) => ({ ...event, revision: first + j, position: firstPosition + j })),
          ),
        );
      });
      const last = { position: appended[appended.length - 1].position, revision: appended[appended.length - 1].nextRevision };
      return resultOf(
        context,
        lastStream,
        last,
        decided.flat().map((event) => event.type),
        false,
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (attempt === MAX_ATTEMPTS) throw new ConcurrencyConflictError(parts.map((part) => part.stream).join(', '), attempt);
    }
    await sleep(backoffMs(attempt));
  }
}

/**
 * Decides a command against the stream's current state without appending: what an import checks
 * for every row before it records any. Throws the DomainError the command would meet.
 */
export async function decideOnly<C extends { type: string }, S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<C, S, E>,
  stream: string,
  build: () => C | Promise<C>,
): Promise<E[]> {
  const { state } = await loadView(store, decider, stream);
  return decider.decide(await build(), state);
}
