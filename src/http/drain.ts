import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ImportSlots } from './import-slots';

/** After the imports are drained, how long their answers (and any other request) get before the connections still open are closed. */
const FLUSH_MS = 1000;

/** A request a stop gave up on: what the log names, and what became of it. */
export interface AbandonedRequest {
  requestId: string;
  correlationId: string;
  /** The caller's id, where the request had been admitted as someone's (imports). */
  callerId?: string;
  url?: string;
  outcome: 'import cancelled before writing, answered 503 IMPORT_CANCELLED_SHUTDOWN' | 'connection closed before an answer';
}

/** The requests being answered, for a stop to name those it cuts off. */
export function trackRequests(fastify: FastifyInstance): Set<FastifyRequest> {
  const inFlight = new Set<FastifyRequest>();
  fastify.addHook('onRequest', async (request) => void inFlight.add(request));
  fastify.addHook('onResponse', async (request) => void inFlight.delete(request));
  fastify.addHook('onRequestAbort', async (request) => void inFlight.delete(request));
  return inFlight;
}

/** How often a stop looks whether the requests in flight are all answered. */
const ANSWERED_POLL_MS = 50;

/** Resolves once no request is in flight (true), or false when `signal` aborts first. */
async function allAnswered(inFlight: Set<FastifyRequest>, signal: AbortSignal): Promise<boolean> {
  while (inFlight.size > 0) {
    if (signal.aborted) return false;
    await sleep(ANSWERED_POLL_MS, undefined, { signal }).catch(() => undefined);
  }
  return true;
}

/**
 * The HTTP side of a stop, owned by the service rather than a plugin's fixed timer: no new
 * connection is accepted (Fastify's close, which then waits for the open ones), the imports in
 * flight finish or are cancelled before they write (ImportSlots.drain) by `deadline`, and the other
 * requests get until then (at least FLUSH_MS after the imports are answered). Once every request is
 * answered, the connections still open hold nothing owed (a client keeping an idle connection, or
 * one that left a finished answer unread) and are closed at once rather than waited for until
 * `deadline`. Answers every request abandoned on the way.
 */
export async function drainHttp(
  fastify: FastifyInstance,
  imports: ImportSlots,
  inFlight: Set<FastifyRequest>,
  deadline: number,
): Promise<AbandonedRequest[]> {
  const closed = fastify.close();
  const abandoned: AbandonedRequest[] = (await imports.drain(deadline)).map((caller) => ({
    ...caller,
    outcome: 'import cancelled before writing, answered 503 IMPORT_CANCELLED_SHUTDOWN',
  }));
  const done = new AbortController();
  const outcome = await Promise.race([
    closed.then(() => 'closed' as const),
    allAnswered(inFlight, done.signal).then((answered) => (answered ? ('answered' as const) : ('late' as const))),
    sleep(Math.max(FLUSH_MS, deadline - Date.now()), 'late' as const, { signal: done.signal }).catch(() => 'late' as const),
  ]);
  done.abort();
  if (outcome === 'closed') return abandoned;
  if (outcome === 'late')
    for (const request of inFlight)
      abandoned.push({
        requestId: request.id,
        correlationId: (request as { correlationId?: string }).correlationId ?? '',
        url: request.url,
        outcome: 'connection closed before an answer',
      });
  fastify.server.closeAllConnections();
  await closed;
  return abandoned;
}
