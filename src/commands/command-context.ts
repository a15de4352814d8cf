import type { Actor } from '../kernel/actor';

/** Everything about a command that is not its business content, written into every event's metadata. */
export interface CommandContext {
  actor: Actor;
  /** Idempotency key: the same id sent twice to the same stream appends once. */
  commandId: string;
  /** Ties together everything done for one request or workflow. */
  correlationId: string;
  /** The message that caused this command (the command itself when a person sent it). */
  causationId: string;
  /** Why, where the command requires a reason (corrections, reopenings). */
  reason?: string;
}
