import pg from 'pg';

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2000;

/**
 * One LISTEN connection per store, shared by its subscriptions: each commit's NOTIFY wakes them all.
 * When the connection is lost it is opened again (backing off while the server is away), and every
 * subscription is woken once it listens again, to catch up with what was committed meanwhile: a
 * NOTIFY sent while nobody listened is lost, the events are not.
 */
export class LiveNotifications {
  private readonly wakers = new Set<() => void>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
  ) {}

  /** Calls `wake` after every commit (and after a reconnection); returns the function that stops it. */
  listen(wake: () => void): () => void {
    this.wakers.add(wake);
    if (!this.client && !this.connecting && !this.retry) this.connect(RETRY_MIN_MS);
    return () => this.wakers.delete(wake);
  }

  /** `delay` is how long to wait before trying again if this attempt fails; it doubles while the server stays away. */
  private connect(delay: number): void {
    this.retry = null;
    const client = new pg.Client(this.config);
    let listening = false;
    let gone = false;
    const lost = () => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.closed) return;
      const next = listening ? RETRY_MIN_MS : delay;
      this.retry = setTimeout(() => this.connect(Math.min(next * 2, RETRY_MAX_MS)), next);
    };
    this.connecting = (async () => {
      try {
        client.on('error', lost);
        await client.connect();
        await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
        if (this.closed) return void (await client.end());
        client.on('notification', () => this.wakeAll());
        client.once('end', lost);
        this.client = client;
        listening = true;
        // Whatever committed while nobody listened is read now.
        this.wakeAll();
      } catch {
        lost();
      } finally {
        this.connecting = null;
      }
    })();
  }

  private wakeAll(): void {
    for (const wake of this.wakers) wake();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakers.clear();
    if (this.retry) clearTimeout(this.retry);
    await this.connecting;
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
