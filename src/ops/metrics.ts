import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { App } from '../app';
import type { CacheStats } from '../kernel/cache-stats';
import type { RecordedEvent } from '../eventstore/port';
import { streamViewsOf } from '../commands/stream-views';

/** Why the server closed a subscription WebSocket, as the `reason` label of thidua_ws_dropped_total. */
export type SocketDropReason = 'slow' | 'full' | 'unauthenticated' | 'init_timeout';

/** Prometheus metrics of one service process, in their own registry. */
export class Metrics {
  readonly registry = new Registry();
  private readonly graphqlDuration = new Histogram({
    name: 'thidua_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation and outcome',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly httpRequests = new Counter({
    name: 'thidua_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    registers: [this.registry],
  });
  private readonly eventsCommitted = new Counter({
    name: 'thidua_events_committed_total',
    help: 'Events committed to the log (the append rate), by type',
    labelNames: ['type'],
    registers: [this.registry],
  });

  private readonly caches = new Map<string, { stats(): CacheStats }>();

  constructor(app: Pick<App, 'store' | 'logSubscriptions' | 'runner' | 'models'>) {
    collectDefaultMetrics({ register: this.registry, prefix: 'thidua_' });
    // Counted as the read models apply events, so appends by any process sharing the store count.
    app.runner.observe((event: RecordedEvent) => this.eventsCommitted.inc({ type: event.type }));
    // Null while the store cannot be reached: /metrics must still answer then, when it matters most.
    const head = () => app.store.headPosition().catch(() => null);
    new Gauge({
      name: 'thidua_store_available',
      help: '1 when the event store answers, 0 while it cannot be reached (writes are then refused with 503)',
      registers: [this.registry],
      async collect() {
        this.set((await head()) === null ? 0 : 1);
      },
    });
    new Gauge({
      name: 'thidua_projection_lag_events',
      help: 'Events committed but not yet in the read models (NaN while the store cannot be reached)',
      registers: [this.registry],
      async collect() {
        const position = await head();
        this.set(position === null ? NaN : Math.max(0, position - app.runner.processedPosition));
      },
    });
    new Gauge({
      name: 'thidua_chain_head_position',
      help: 'Position of the newest event of the audit chain (NaN while the store cannot be reached)',
      registers: [this.registry],
      async collect() {
        this.set((await head()) ?? NaN);
      },
    });
    this.gauge(
      'thidua_log_subscriptions',
      'Subscriptions following the log, each reading it again after every commit (read models, checkpointer, the checkpoint feeds: one for all of them)',
      () => app.logSubscriptions.open,
    );
    new Gauge({
      name: 'thidua_store_read_only',
      help: '1 when the store failed its start-up check and writes are refused',
      registers: [this.registry],
      collect() {
        this.set(app.store.readOnlyReason ? 1 : 0);
      },
    });
    const caches = this.caches;
    const perCache = (name: string, help: string, read: (stats: CacheStats) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['cache'],
        registers: [this.registry],
        collect() {
          for (const [cache, source] of caches) this.set({ cache }, read(source.stats()));
        },
      });
    perCache('thidua_cache_entries', 'Entries held by each bounded cache of the service', (stats) => stats.entries);
    perCache('thidua_cache_bytes', 'Approximate bytes held by each bounded cache of the service', (stats) => stats.bytes);
    this.watchCache('stream-views', streamViewsOf(app.store));
  }

  /** Reports a cache's entries and approximate bytes under its name. */
  watchCache(name: string, cache: { stats(): CacheStats }): void {
    this.caches.set(name, cache);
  }

  private readonly wsDropped = new Counter({
    name: 'thidua_ws_dropped_total',
    help:
      'Subscription WebSockets the server closed: slow (unsent answers past the bound), full (too many signed-in connections), ' +
      'unauthenticated (too many not yet signed in) or init_timeout (no connection_init in time)',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  /** Gauges of the subscription server: open WebSockets (signed in, and not yet), active subscriptions, bytes waiting to be sent. */
  watchSubscriptions(source: { connections(): number; unauthenticated(): number; subscriptions(): number; bufferedBytes(): number }): void {
    this.gauge('thidua_ws_connections', 'Signed-in subscription WebSockets', () => source.connections());
    this.gauge('thidua_ws_unauthenticated_connections', 'Subscription WebSockets not yet signed in (no verified connection_init)', () =>
      source.unauthenticated(),
    );
    this.gauge('thidua_ws_subscriptions', 'Active subscriptions', () => source.subscriptions());
    this.gauge('thidua_ws_buffered_bytes', 'Bytes written to subscription WebSockets and not yet taken by their peers', () =>
      source.bufferedBytes(),
    );
  }

  private readonly feedDrops = new Counter({
    name: 'thidua_checkpoint_feed_drops_total',
    help: 'Checkpoint feeds (/audit/checkpoints/feed) the server cut off because their client did not read what was sent',
    registers: [this.registry],
  });

  /** The number of open checkpoint feeds. */
  watchCheckpointFeeds(open: () => number): void {
    this.gauge('thidua_checkpoint_feeds', 'Open checkpoint feeds (/audit/checkpoints/feed)', open);
  }

  /** A gauge read when /metrics is scraped. */
  private gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  checkpointFeedDropped(): void {
    this.feedDrops.inc();
  }

  subscriptionDropped(reason: SocketDropReason): void {
    this.wsDropped.inc({ reason });
  }

  httpRequest(route: string, status: number): void {
    this.httpRequests.inc({ route, status: String(status) });
  }

  /** Times each GraphQL operation from request start to response. */
  apolloPlugin(): ApolloServerPlugin {
    const histogram = this.graphqlDuration;
    return {
      async requestDidStart() {
        const stop = histogram.startTimer();
        return {
          async willSendResponse({ operationName, operation, errors }) {
            stop({
              operation: operationName ?? 'anonymous',
              type: operation?.operation ?? 'unknown',
              outcome: errors?.length ? 'error' : 'ok',
            });
          },
        };
      },
    };
  }
}
