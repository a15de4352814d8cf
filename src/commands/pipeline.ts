import { v7 as timeOrderedUuid } from 'uuid';
import type { Decider, DomainEvent } from '../domain/shared/decider';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { EventMetadata, EventStore } from '../eventstore/port';
import type { CommandContext } from './command-context';
import type { CommandResult } from './command-result';
import { ConcurrencyConflictError } from './concurrency-error';
import { extendView, keepView, loadView } from './fold';

export const MAX_ATTEMPTS = 5;

function metadataFor(context: CommandContext, commandType: string): EventMetadata {
  const { actor, commandId, correlationId, causationId, reason } = context;
  return {
    actor: { id: actor.id, name: actor.name, role: actor.role, unitId: actor.unitId },
    commandType,
    commandId,
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
 * `build` makes the domain command and is called again on every attempt, because facts it gathers
 * from other streams may have changed along with the stream that caused the conflict.
 */
export async function runCommand<C extends { type: string }, S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<C, S, E>,
  stream: string,
  build: () => C | Promise<C>,
  context: CommandContext,
): Promise<CommandResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const view = await loadView(store, decider, stream);
    const repeat = view.commands.get(context.commandId);
    if (repeat) return resultOf(context, stream, repeat, repeat.eventTypes, true);

    const command = await build();
    const events = decider.decide(command, view.state);
    const metadata = metadataFor(context, command.type);
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
    }
  }
  throw new ConcurrencyConflictError(stream, MAX_ATTEMPTS);
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
