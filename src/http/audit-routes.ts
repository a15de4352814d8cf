import type { FastifyInstance } from 'fastify';
import type { App } from '../app';
import { checkpointsAfter, published } from '../audit/published-checkpoints';
import type { Verifier } from '../auth/tokens';
import { badCursor, cursorAhead, refuse, revisionCursor } from './checkpoint-cursor';
import { registerCheckpointFeed, type FeedMetrics } from './checkpoint-feed-route';

const PAGE_MAX = 1000;

/**
 * What auditors keep, public on purpose like the key they check it with: the signing key, the
 * signed checkpoints in pages, and a Server-Sent Events feed of new ones. A checkpoint kept
 * outside the service proves later that the log still holds what it signed (`npm run verify --
 * --checkpoints`).
 */
export function registerAuditRoutes(
  fastify: FastifyInstance,
  app: Pick<App, 'auditKey' | 'store' | 'config'>,
  verify: Verifier,
  metrics: FeedMetrics,
): void {
  fastify.get('/audit/public-key.pem', (_request, reply) =>
    reply.type('application/x-pem-file').header('x-key-id', app.auditKey.keyId).send(app.auditKey.publicKeyPem),
  );

  fastify.get('/audit/checkpoints', async (request, reply) => {
    const query = request.query as { after?: string; limit?: string };
    const cursor = revisionCursor(query.after);
    const limit = query.limit === undefined ? 100 : Number(query.limit);
    if (cursor === null) return badCursor(reply, 'Tham số after');
    if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX)
      return refuse(reply, 400, 'BAD_USER_INPUT', `Tham số limit phải là số nguyên từ 1 đến ${PAGE_MAX}.`);
    const after = cursor ?? -1;
    const read = await checkpointsAfter(app.store, after);
    if ('ahead' in read) return cursorAhead(reply, after, read.ahead.latestRevision);
    const checkpoints = read.checkpoints.slice(0, limit).map(published);
    return { keyId: app.auditKey.keyId, checkpoints, next: read.checkpoints.length > limit ? checkpoints.at(-1)!.revision : null };
  });

  registerCheckpointFeed(fastify, app, verify, metrics);
}
