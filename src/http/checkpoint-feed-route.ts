import type { FastifyInstance } from 'fastify';
import type { App } from '../app';
import { checkpointsAfter, type AfterCursor } from '../audit/published-checkpoints';
import type { Verifier } from '../auth/tokens';
import { SERVICE_ERRORS } from '../graphql/error-codes';
import type { Metrics } from '../ops/metrics';
import { badCursor, cursorAhead, refuse, revisionCursor } from './checkpoint-cursor';
import { CheckpointFanOut } from './checkpoint-fan-out';
import { CheckpointFeed } from './checkpoint-feed';
import { FEED_RETRY_AFTER_SECONDS, FeedAdmission } from './feed-admission';
import { rateLimitKey } from './hardening';

/** What the feeds report on /metrics: how many are open, and each one dropped for being too slow. */
export type FeedMetrics = Pick<Metrics, 'watchCheckpointFeeds' | 'checkpointFeedDropped'>;

/**
 * Registers the feed with the fan-out, then reads what it missed: registered first, a checkpoint
 * logged meanwhile reaches it through one or the other (the feed keeps each revision once).
 * Null once the service is stopping.
 */
async function backlogOf(fanOut: CheckpointFanOut, feed: CheckpointFeed, store: App['store'], after: number | undefined) {
  if (!(await fanOut.add(feed))) return null;
  return after === undefined ? { checkpoints: [] } : checkpointsAfter(store, after);
}

/**
 * `GET /audit/checkpoints/feed`: new signed checkpoints as Server-Sent Events, public like the
 * checkpoints themselves, within the caps of FeedAdmission; all feeds share one log subscription
 * (CheckpointFanOut). A client reconnecting with `Last-Event-ID` (or `?after=`) first gets what it
 * missed; a cursor the log does not hold is refused (409 CHECKPOINT_CURSOR_AHEAD).
 */
export function registerCheckpointFeed(
  fastify: FastifyInstance,
  app: Pick<App, 'store' | 'config'>,
  verify: Verifier,
  metrics: FeedMetrics,
): void {
  const fanOut = new CheckpointFanOut(app.store);
  const admission = new FeedAdmission(app.config.checkpointFeeds);
  metrics.watchCheckpointFeeds(() => fanOut.size);
  // Open feeds would hold the server's close (and so the shutdown) until their clients leave.
  fastify.addHook('preClose', () => fanOut.stop());

  fastify.get('/audit/checkpoints/feed', async (request, reply) => {
    // A reconnecting EventSource sends the last id it saw; `?after=` does the same for other clients.
    const after = revisionCursor(request.headers['last-event-id'] ?? (request.query as { after?: string }).after);
    if (after === null) return badCursor(reply, 'Last-Event-ID hoặc tham số after');
    const release = admission.take(await rateLimitKey(request.headers.authorization, request.ip, verify));
    if (typeof release !== 'function')
      return refuse(reply.header('retry-after', String(FEED_RETRY_AFTER_SECONDS)), release.status, release.code, release.message);
    const feed = new CheckpointFeed(after, (why) => {
      fanOut.remove(feed);
      release();
      if (why === 'slow') metrics.checkpointFeedDropped();
    });
    // A client that leaves before its feed starts gives its place back too.
    reply.raw.once('close', () => feed.end());
    let backlog: AfterCursor | null;
    try {
      backlog = await backlogOf(fanOut, feed, app.store, after);
    } catch (error) {
      feed.end();
      throw error;
    }
    if (backlog && 'ahead' in backlog) {
      feed.end();
      return cursorAhead(reply, after!, backlog.ahead.latestRevision);
    }
    if (!backlog || feed.ended) {
      feed.end();
      return refuse(reply.header('retry-after', '5'), 503, 'SHUTTING_DOWN', SERVICE_ERRORS.SHUTTING_DOWN.message);
    }
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    feed.start(reply.raw, backlog.checkpoints);
  });
}
