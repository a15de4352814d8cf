import { setImmediate as turn } from 'node:timers/promises';
import { v7 as timeOrderedUuid } from 'uuid';
import type { Decider, DomainEvent } from '../kernel/decider';
import { DomainError } from '../kernel/domain-error';
import type { EventMetadata, EventToAppend } from '../eventstore/port';
import type { CommandContext } from './command-context';
import type { StreamView } from './stream-views';

/** Commands decided between two turns of the event loop: a write of thousands (a score sheet) lets other callers through. */
const DECIDED_PER_TURN = 50;

/**
 * One command of a write: the stream it changes, its logic, and the command itself, made from the
 * facts the write gathered and the stream's state as the write's earlier commands left it.
 */
export interface StreamCommand<F> {
  stream: string;
  decider: Decider<{ type: string }, unknown, DomainEvent>;
  command: (state: unknown, facts: F) => { type: string };
  /** Why, when this command carries its own reason into its events' metadata (else the context's). */
  reason?: string;
}

/** One command refused by its stream's rules; `index` is its place in the write. */
export interface Refusal {
  index: number;
  error: DomainError;
}

/** Some commands of a write were refused, so none of it was written. */
export class CommandsRefusedError extends Error {
  constructor(readonly refusals: Refusal[]) {
    super(refusals.map((refusal) => refusal.error.message).join(' '));
    this.name = 'CommandsRefusedError';
  }
}

/** What a write decided for one of its streams: the events to append and the state they lead to. */
export interface DecidedStream {
  stream: string;
  decider: StreamCommand<unknown>['decider'];
  view: StreamView<unknown>;
  events: EventToAppend[];
  state: unknown;
}

function metadataFor(context: CommandContext, commandType: string, fingerprint: string, reason: string | undefined): EventMetadata {
  const { actor, commandId, correlationId, causationId } = context;
  return {
    actor: { id: actor.id, name: actor.name, role: actor.role, unitId: actor.unitId },
    commandType,
    commandId,
    commandFingerprint: fingerprint,
    correlationId,
    causationId,
    recordedAt: new Date().toISOString(),
    ...(reason === undefined ? {} : { reason }),
  };
}

/**
 * Decides every command of a write in order, each against its stream's state as the commands
 * before it left it, so two commands on one stream see each other. Every refusal is collected
 * (CommandsRefusedError), not only the first. `signal` cancels between turns.
 */
export async function decideWrite<F>(
  commands: StreamCommand<F>[],
  views: Map<string, StreamView<unknown>>,
  facts: F,
  context: CommandContext,
  fingerprint: string,
  signal?: AbortSignal,
): Promise<DecidedStream[]> {
  const decided = new Map<string, DecidedStream>();
  // Commands of one type and reason share one metadata object: the store then writes its text once.
  const metadata = new Map<string, EventMetadata>();
  const refusals: Refusal[] = [];
  for (const [index, item] of commands.entries()) {
    if (index > 0 && index % DECIDED_PER_TURN === 0) {
      await turn();
      signal?.throwIfAborted();
    }
    const view = views.get(item.stream)!;
    const stream = decided.get(item.stream) ?? { stream: item.stream, decider: item.decider, view, events: [], state: view.state };
    decided.set(item.stream, stream);
    try {
      const command = item.command(stream.state, facts);
      const events = item.decider.decide(command, stream.state);
      stream.state = events.reduce((state, event) => item.decider.evolve(state, event), stream.state);
      const reason = item.reason ?? context.reason;
      const key = `${command.type}\u0000${reason ?? ''}`;
      if (!metadata.has(key)) metadata.set(key, metadataFor(context, command.type, fingerprint, reason));
      // Time-ordered ids: the store's unique index on ids then grows at its end instead of everywhere.
      for (const event of events)
        stream.events.push({ id: timeOrderedUuid(), type: event.type, data: event.data, metadata: metadata.get(key)! });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refusals.push({ index, error: error as DomainError });
    }
  }
  if (refusals.length > 0) throw new CommandsRefusedError(refusals);
  return [...decided.values()];
}
