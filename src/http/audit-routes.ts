import type { FastifyInstance, FastifyReply } from 'fastify';
import type { App } from '../app';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM, type SignedCheckpoint } from '../audit/checkpoint';
import type { RecordedEvent } from '../eventstore/port';

/** A signed checkpoint as published: the claim and signature, and where it sits in the checkpoint stream and the log. */
export interface PublishedCheckpoint extends SignedCheckpoint {
  /** Its number in the checkpoint stream: the cursor for `?after=` and the feed's event id. */
  revision: number;
  /** The log position of the checkpoint event itself (it lands after the position it signs). */
  loggedAt: number;
}

const published = (event: RecordedEvent): PublishedCheckpoint => ({
  ...(event.data as SignedCheckpoint),
  revision: event.revision,
  loggedAt: event.position,
});

const PAGE_MAX = 1000;
/** A comment line now and then keeps proxies from closing a quiet feed. */
const HEARTBEAT_MS = 15_000;

const badInput = (reply: FastifyReply, message: string) =>
  reply.code(400).send({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });

/** A checkpoint revision given by the caller: a whole number from -1 (before the first) up. */
function revisionCursor(raw: unknown): number | null | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return typeof raw === 'string' && /^-?\d+$/.test(raw) && value >= -1 ? value : null;
}

/**
 * What auditors keep, public on purpose like the key they check it with: the signing key, the
 * signed checkpoints in pages, and a Server-Sent Events feed of new ones. A checkpoint kept
 * outside the service proves later that the log still holds what it signed (`npm run verify --
 * --checkpoints`).
 */
export function registerAuditRoutes(fastify: FastifyInstance, app: Pick<App, 'auditKey' | 'store'>): void {
  fastify.get('/audit/public-key.pem', (_request, reply) =>
    reply.type('application/x-pem-file').header('x-key-id', app.auditKey.keyId).send(app.auditKey.publicKeyPem),
  );

  fastify.get('/audit/checkpoints', async (request, reply) => {
    const query = request.query as { after?: string; limit?: string };
    const after = revisionCursor(query.after);
    const limit = query.limit === undefined ? 100 : Number(query.limit);
    if (after === null) return badInput(reply, 'Tham số after phải là số thứ tự của một điểm kiểm tra (số nguyên từ -1 trở lên).');
    if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX)
      return badInput(reply, `Tham số limit phải là số nguyên từ 1 đến ${PAGE_MAX}.`);
    const events = await app.store.readStream(CHECKPOINT_STREAM, (after ?? -1) + 1);
    const checkpoints = events.slice(0, limit).map(published);
    return { keyId: app.auditKey.keyId, checkpoints, next: events.length > limit ? checkpoints.at(-1)!.revision : null };
  });

  const feeds = new Set<() => void>();
  // Open feeds would hold the server's close (and so the shutdown) until their clients leave.
  fastify.addHook('preClose', async () => {
    for (const end of feeds) end();
  });

  fastify.get('/audit/checkpoints/feed', async (request, reply) => {
    // A reconnecting EventSource sends the last id it saw; `?after=` does the same for other clients.
    const after = revisionCursor(request.headers['last-event-id'] ?? (request.query as { after?: string }).after);
    if (after === null)
      return badInput(reply, 'Last-Event-ID hoặc tham số after phải là số thứ tự của một điểm kiểm tra (số nguyên từ -1 trở lên).');
    const head = await app.store.headPosition();
    const existing = await app.store.readStream(CHECKPOINT_STREAM, (after ?? -1) + 1);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 5000\n\n');
    let lastSent = after ?? existing.at(-1)?.revision ?? -1;
    const send = (event: RecordedEvent) => {
      if (event.revision <= lastSent) return;
      lastSent = event.revision;
      raw.write(`id: ${event.revision}\nevent: checkpoint\ndata: ${JSON.stringify(published(event))}\n\n`);
    };
    if (after !== undefined) existing.forEach(send);
    // From the head read before the backlog: a checkpoint signed meanwhile comes through both, once.
    const subscription = app.store.subscribeToAll(
      head,
      async (event) => {
        if (event.type === CHECKPOINT_EVENT && event.stream === CHECKPOINT_STREAM) send(event);
      },
      () => end(),
    );
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = () => {
      if (!feeds.delete(end)) return;
      clearInterval(heartbeat);
      void subscription.close();
      raw.end();
    };
    feeds.add(end);
    request.raw.once('close', end);
  });
}
