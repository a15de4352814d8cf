import { Role } from '../../src/kernel/actor';
import { feedFrom, openFeed, silentFeed } from '../support/checkpoint-feeds';
import { eventually, metric } from '../support/live';
import { startService, type TestService } from '../support/service';

const REGISTER = 'mutation($id: ID!, $name: String!) { registerUnit(input: { unitId: $id, name: $name, level: REGIONAL }) { position } }';

type Refusal = { errors: { message: string; extensions: { code: string; latestRevision?: number } }[] };

/** Every checkpoint the paged route lists, page after page. */
async function listed(service: TestService): Promise<{ revision: number; loggedAt: number }[]> {
  const checkpoints: { revision: number; loggedAt: number }[] = [];
  for (let after = -1; ;) {
    const url = `${service.base}/audit/checkpoints?limit=1000&after=${after}`;
    const page = (await (await fetch(url)).json()) as { checkpoints: { revision: number; loggedAt: number }[]; next: number | null };
    checkpoints.push(...page.checkpoints);
    if (page.next === null) return checkpoints;
    after = page.next;
  }
}

/** The revisions of every checkpoint, once the newest event of the log is a checkpoint (every write signed). */
async function signedRevisions(service: TestService): Promise<number[]> {
  let checkpoints: { revision: number; loggedAt: number }[] = [];
  await eventually(async () => {
    checkpoints = await listed(service);
    return checkpoints.at(-1)?.loggedAt === (await service.store.headPosition());
  }, 'every write to be signed');
  return checkpoints.map((checkpoint) => checkpoint.revision);
}

/** Registers units (one event, so one checkpoint each with THIDUA_CHECKPOINT_EVERY=1), `writers` at a time. */
async function register(service: TestService, prefix: string, count: number, writers = 1): Promise<void> {
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < count; i = next++)
      expect(
        (await service.gql(REGISTER, { id: `${prefix}-${i}`, name: `Viện kiểm sát nhân dân khu vực ${prefix} ${i}` })).errors,
      ).toBeUndefined();
  };
  await Promise.all(Array.from({ length: writers }, writer));
}

describe('the checkpoint feed under hostile clients: caps', () => {
  let service: TestService;
  const open: { close(): void }[] = [];
  beforeAll(async () => {
    service = await startService({
      THIDUA_CHECKPOINT_EVERY: '1',
      THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS: '2',
      THIDUA_CHECKPOINT_FEEDS_PER_CALLER: '2',
      THIDUA_CHECKPOINT_FEEDS_ANONYMOUS: '3',
    });
  });
  // With feeds still open: they must not hold the stop (service.stop fails unless it was clean).
  afterAll(async () => {
    await service.stop();
    open.forEach((feed) => feed.close());
  });

  it('refuses anonymous feeds past the cap per address (429) and past the shared cap (503); signed-in feeds still open', async () => {
    open.push(await openFeed(service.base), await openFeed(service.base));
    const third = await fetch(`${service.base}/audit/checkpoints/feed`);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const perAddress = ((await third.json()) as Refusal).errors[0];
    expect(perAddress.extensions.code).toBe('TOO_MANY_CHECKPOINT_FEEDS');
    expect(perAddress.message).toMatch(/luồng điểm kiểm tra/);

    // Another address still has its own share of the anonymous cap, until all of it is taken.
    const other = await feedFrom(service.base, '127.0.0.2');
    expect(other.status).toBe(200);
    const full = await feedFrom(service.base, '127.0.0.3');
    expect(full.status).toBe(503);
    expect(Number(full.retryAfter)).toBeGreaterThan(0);
    expect(full.body.errors[0].extensions.code).toBe('CHECKPOINT_FEEDS_BUSY');
    expect(full.body.errors[0].message).toMatch(/Bearer/);

    // A signed-in auditor is counted as themself, not as the address they share.
    const auditor = await service.token('kiem-tra-1', { role: Role.AUDITOR, name: 'Kiểm tra viên 1' });
    open.push(await openFeed(service.base, { token: auditor }), await openFeed(service.base, { token: auditor }));
    await expect(openFeed(service.base, { token: auditor })).rejects.toThrow('feed refused: 429');
    const colleague = await service.token('kiem-tra-2', { role: Role.AUDITOR, name: 'Kiểm tra viên 2' });
    open.push(await openFeed(service.base, { token: colleague }));
    expect(await metric(service, 'thidua_checkpoint_feeds')).toBe(6);

    // A closed feed gives its place back.
    other.close();
    open.shift()!.close();
    await eventually(async () => (await metric(service, 'thidua_checkpoint_feeds')) === 4, 'the closed feeds to be let go');
    open.push(await openFeed(service.base));
    const again = await feedFrom(service.base, '127.0.0.3');
    expect(again.status).toBe(200);
    open.push(again);
  });
});

describe('the checkpoint feed under hostile clients: cursors, and many feeds on one log subscription', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService({
      THIDUA_CHECKPOINT_EVERY: '1',
      THIDUA_RATE_LIMIT_PER_MINUTE: '100000',
      THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS: '500',
      THIDUA_CHECKPOINT_FEEDS_ANONYMOUS: '500',
    });
    await register(service, 'truoc', 3);
  });
  const open: { close(): void }[] = [];
  afterAll(async () => {
    open.forEach((feed) => feed.close());
    await service.stop();
  });

  it('refuses a cursor beyond the newest checkpoint (Last-Event-ID, ?after=, and the pages), saying the log may have been restored', async () => {
    const latest = (await signedRevisions(service)).at(-1)!;
    for (const [path, headers] of [
      ['/audit/checkpoints/feed', { 'last-event-id': String(latest + 1) }],
      ['/audit/checkpoints/feed?after=999999999', {}],
      [`/audit/checkpoints?after=${latest + 1}`, {}],
    ] as const) {
      const response = await fetch(`${service.base}${path}`, { headers });
      expect(response.status).toBe(409);
      const refusal = ((await response.json()) as Refusal).errors[0];
      expect(refusal.extensions).toEqual({ code: 'CHECKPOINT_CURSOR_AHEAD', latestRevision: latest });
      expect(refusal.message).toMatch(/khôi phục/);
    }
    // The newest checkpoint itself is a cursor the log still holds.
    const atHead = await openFeed(service.base, { lastEventId: String(latest) });
    atHead.close();
    await eventually(async () => (await metric(service, 'thidua_checkpoint_feeds')) === 0, 'the feed to be let go');
    expect(await (await fetch(`${service.base}/audit/checkpoints?after=${latest}`)).json()).toMatchObject({ checkpoints: [], next: null });
  });

  it('follows the log once for every feed; each feed receives every new checkpoint in order, once, a client that does not read notwithstanding', async () => {
    const before = await signedRevisions(service);
    const first = await openFeed(service.base);
    await eventually(async () => (await metric(service, 'thidua_checkpoint_feeds')) === 1, 'the first feed to be counted');
    const subscriptions = await metric(service, 'thidua_log_subscriptions');
    expect(subscriptions).toBeGreaterThan(0);
    const feeds = [first, ...(await Promise.all(Array.from({ length: 99 }, () => openFeed(service.base))))];
    // A reconnecting auditor: what it missed, then the new ones.
    const resumed = await openFeed(service.base, { lastEventId: String(before[0]) });
    const silent = silentFeed(service.base);
    open.push(...feeds, resumed, { close: () => silent.destroy() });
    await eventually(async () => (await metric(service, 'thidua_checkpoint_feeds')) === 102, 'every feed to be counted');
    expect(await metric(service, 'thidua_log_subscriptions')).toBe(subscriptions);

    await register(service, 'moi', 20, 4);
    const fresh = (await signedRevisions(service)).slice(before.length);
    await eventually(() => [...feeds, resumed].every((feed) => feed.revisions.length >= fresh.length), 'every feed to receive them');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const feed of feeds) expect(feed.revisions).toEqual(fresh);
    expect(resumed.revisions).toEqual([...before.slice(1), ...fresh]);
    open.forEach((feed) => feed.close());
    await eventually(async () => (await metric(service, 'thidua_checkpoint_feeds')) === 0, 'the closed feeds to be let go');
  }, 60_000);
});
