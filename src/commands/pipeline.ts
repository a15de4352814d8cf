import { v7 as timeOrderedUuid } from 'uuid';
import type { Decider, DomainEvent } from '../domain/shared/decider';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { EventMetadata, EventStore } from '../eventstore/port';
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
  return inStreamOrder(store, stream, () => attemptCommand(store, decider, stream, intent, build, context));
}

async function attemptCommand<C extends { type: string }, S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<C, S, E>,
  stream: string,
  intent: Intent,
  build: () => C | Promise<C>,
  context: CommandContext,
): Promise<CommandResult> {
  const key = idempotencyKey(context.actor.id, context.commandId);
  const fingerprint = fingerprintOf(intent);
  for (let attempt = 1; ; attempt += 1) {
    const view = await loadView(store, decider, stream);
    const repeat = view.commands.get(key);
    if (repeat) {
      if (repeat.fingerprint !== null && repeat.fingerprint !== fingerprint)
        throw new IdempotencyKeyReusedError(context.commandId, repeat.commandType);
      return resultOf(context, stream, repeat, repeat.eventTypes, true);
    }

    const command = await build();
    const events = decider.decide(command, view.state);
    const metadata = metadataFor(context, command.type, fingerprint);
    // Time-ordered ids: the store's unique index on ids then grows at its end instead of everywhere.
    const toAppend = events.map((event) => ({ id: timeOrderedUuid(), type: event.type, data: event.data, metadata }));
    try {
      const appended = await store.append(stream, toAppend, view.revision < 0 ? 'no_stream' : view.revision);
      const first = appended.nextRevision - events.length + 1;
      const firstPosition = appended.position - events.length + 1;
      // Our own events, folded in without reading them back. Positions are consecutive because
      // one append is one contiguous batch of the log.
      keepView(
        store,
        decider,
        stream,
        extendView(decider, view, toAppend.map((event, i) => ({ ...event, revision: first + i, position: firstPosition + i }))),
      );
      const last = { position: appended.position, revision: appended.nextRevision };
      return resultOf(context, stream, last, events.map((event) => event.type), false);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (attempt === MAX_ATTEMPTS) throw new ConcurrencyConflictError(stream, attempt);
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
