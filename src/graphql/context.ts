import type { Actor } from '../kernel/actor';
import type { CommandContext } from '../commands/command-context';
import type { RequestReads } from './request-reads';
import type { LiveEvents } from './live-events';
import type { ApiPorts } from './ports';

/** What every resolver gets: the verified caller, the request's correlation id, and the service's ports. */
export interface GraphQLContext {
  actor: Actor;
  correlationId: string;
  ports: ApiPorts;
  /** The applied events, for subscriptions. */
  live: LiveEvents;
  /** Remembers the position of the caller's write, so the caller's next query waits for it. */
  wrote(position: number): void;
  /** Counts this many more requests against the caller's rate limit (a mutation's further writes); not allowed once over it. */
  spendRateLimit: (requests: number) => Promise<{ allowed: boolean }>;
  /** Where this request's resolvers read the read models (the present, or positions only). */
  reads: RequestReads;
}

/** The command context for a mutation: its id is the caller's idempotency key, or a fresh one. */
export function commandContext(context: GraphQLContext, commandId: string | undefined): CommandContext {
  const id = commandId ?? crypto.randomUUID();
  return { actor: context.actor, commandId: id, correlationId: context.correlationId, causationId: id };
}
