import { randomUUID } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { ChainVerifier } from '../../src/eventstore/chain';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/eventstore/open-store';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTcpProxy } from '../support/tcp-proxy';
import { eventStoreContract } from './event-store-contract';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

// Each test gets a fresh schema (an empty store) in this file's own database.
const fresh = () => PostgresEventStore.connect(database.url, { schema: `store_${randomUUID().slice(0, 8)}` });

eventStoreContract('PostgreSQL', fresh);

const event = (type: string, data: unknown = {}) => ({ id: randomUUID(), type, data, metadata: {} });
const until = async (predicate: () => boolean | Promise<boolean>, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Ends every connection the stores of this database hold, as a server restart or a failover would. */
async function terminateBackends(): Promise<number> {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const { rowCount } = await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  await admin.end();
  return rowCount ?? 0;
}

describe('PostgreSQL store: several writers on one database', () => {
  it('numbers positions densely and in commit order, and every reader sees the log without a gap', async () => {
    const schema = `race_${randomUUID().slice(0, 8)}`;
    // Four stores, four connection pools: as four service processes would append.
    const writers = await Promise.all(Array.from({ length: 4 }, () => PostgresEventStore.connect(database.url, { schema })));
    const follower = await PostgresEventStore.connect(database.url, { schema });
    const verifier = new ChainVerifier();
    const breaks: unknown[] = [];
    const subscription = follower.subscribeToAll(
      0,
      (e) => {
        const broken = verifier.check(e);
        if (broken) breaks.push(broken);
      },
      (error) => breaks.push(error),
    );

    const appends = writers.flatMap((store, w) =>
      Array.from({ length: 60 }, (_, i) =>
        store.append(
          `stream-${i % 5}`,
          Array.from({ length: 1 + (i % 3) }, () => event('E', { w, i })),
          'any',
        ),
      ),
    );
    await Promise.all(appends);
    const total = await follower.headPosition();
    expect(total).toBe(writers.length * 60 * 2);
    await until(() => verifier.head.position === total);
    expect(breaks).toEqual([]);

    const all = await follower.readAll();
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
    for (let s = 0; s < 5; s += 1) {
      const stream = (await follower.readStream(`stream-${s}`)).map((e) => e.revision);
      expect(stream).toEqual(stream.map((_, i) => i));
    }
    await subscription.close();
    await Promise.all([...writers, follower].map((store) => store.close()));
  }, 60_000);
});

describe('PostgreSQL store: connections that are lost', () => {
  it('answers EVENT_STORE_UNAVAILABLE or succeeds on a new connection after its backends are terminated, and its subscription catches up', async () => {
    const store = await fresh();
    const seen: number[] = [];
    const errors: unknown[] = [];
    const subscription = store.subscribeToAll(
      0,
      (e) => void seen.push(e.position),
      (error) => errors.push(error),
    );
    await store.append('a', [event('Before')], 'no_stream');
    await until(() => seen.length === 1);

    expect(await terminateBackends()).toBeGreaterThan(0);
    const outcome = await store.append('a', [event('During')], 0).catch((error: { code?: string }) => error.code);
    if (typeof outcome === 'string') expect(outcome).toBe('EVENT_STORE_UNAVAILABLE');
    // Whatever the first write met, the store recovers by itself.
    await until(
      async () =>
        await store
          .append('b', [event('After')], 'any')
          .then(() => true)
          .catch(() => false),
    );
    const head = await store.headPosition();
    await until(() => seen.at(-1) === head);
    expect(seen).toEqual(seen.map((_, i) => i + 1));
    expect(errors).toEqual([]);
    await subscription.close();
    await store.close();
  }, 30_000);

  it('delivers events another process commits while its listening connection is down', async () => {
    const schema = `listen_${randomUUID().slice(0, 8)}`;
    const [follower, writer] = await Promise.all([1, 2].map(() => PostgresEventStore.connect(database.url, { schema })));
    const seen: string[] = [];
    const subscription = follower.subscribeToAll(
      0,
      (e) => void seen.push(e.type),
      () => undefined,
    );
    await writer.append('x', [event('One')], 'any');
    await until(() => seen.length === 1);
    await terminateBackends();
    await until(
      async () =>
        await writer
          .append('x', [event('Two')], 'any')
          .then(() => true)
          .catch(() => false),
    );
    await until(() => seen.includes('Two'));
    expect(seen).toEqual(['One', 'Two']);
    await subscription.close();
    await Promise.all([follower.close(), writer.close()]);
  }, 30_000);

  it('keeps a subscription waiting through an outage instead of failing it, then delivers what is stored', async () => {
    const proxy = await startTcpProxy(Number(new URL(database.url).port || 5432));
    const through = new URL(database.url);
    through.port = String(proxy.port);
    const store = await PostgresEventStore.connect(through.toString(), { schema: `outage_${randomUUID().slice(0, 8)}` });
    await store.append('a', [event('Stored')], 'no_stream');
    await proxy.down();
    await expect(store.headPosition()).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    const seen: string[] = [];
    const errors: unknown[] = [];
    const subscription = store.subscribeToAll(
      0,
      (e) => void seen.push(e.type),
      (error) => errors.push(error),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(errors).toEqual([]);
    await proxy.up();
    await until(() => seen.length === 1);
    expect(seen).toEqual(['Stored']);
    await subscription.close();
    await store.close();
    await proxy.close();
  }, 30_000);
});

describe('PostgreSQL store: a subscription far behind the head, read ahead by a worker', () => {
  it('delivers what reading the log directly gives, also when a row is missing in the middle', async () => {
    const schema = `ahead_${randomUUID().slice(0, 8)}`;
    const store = await PostgresEventStore.connect(database.url, { schema });
    for (let written = 0; written < 24_000; written += 2000)
      await store.appendMany(
        Array.from({ length: 20 }, (_, s) => ({
          stream: `unit-${written}-${s}`,
          expected: 'no_stream' as const,
          events: Array.from({ length: 100 }, (_, i) => event('Noted', { n: written + s * 100 + i })),
        })),
      );
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`DELETE FROM ${pg.escapeIdentifier(schema)}.events WHERE position = 4321`);
    await admin.end();
    const direct = await store.readAll({ after: 0 });
    const delivered: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      const subscription = store.subscribeToAll(
        0,
        (e) => {
          delivered.push(e);
          if (e.position === 24_000) void subscription.close().then(resolve);
        },
        reject,
      );
    });
    expect(direct).toHaveLength(23_999);
    expect(delivered).toEqual(direct);
    await store.close();
  }, 60_000);
});

describe('PostgreSQL store: start-up', () => {
  it('gives up after the connect timeout when the server accepts but never answers', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const started = Date.now();
    await expect(
      PostgresEventStore.connect(`postgres://thidua@127.0.0.1:${(silent.address() as net.AddressInfo).port}/thidua`),
    ).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE', message: expect.stringContaining('timeout') });
    expect(Date.now() - started).toBeLessThan(6000);
    silent.close();
  }, 15_000);

  it('fails within 5 s with one clear EVENT_STORE_UNAVAILABLE line when nothing answers', async () => {
    const started = Date.now();
    await expect(PostgresEventStore.connect('postgres://nobody:secret@127.0.0.1:1/thidua')).rejects.toMatchObject({
      code: 'EVENT_STORE_UNAVAILABLE',
      message: expect.stringMatching(/^Cannot use PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/thidua: .*ECONNREFUSED/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('names a database that does not exist', async () => {
    const url = new URL(database.url);
    url.pathname = '/thidua_no_such_database';
    await expect(PostgresEventStore.connect(url.toString())).rejects.toMatchObject({
      code: 'EVENT_STORE_UNAVAILABLE',
      message: expect.stringContaining('database "thidua_no_such_database" does not exist'),
    });
  });
});

describe('PostgreSQL store: stream reads check the rows they hand to a command', () => {
  it.each([
    ['an event moved to another stream', (schema: string) => `UPDATE ${schema}.events SET stream = 'b' WHERE position = 2`, ['a', 'b']],
    ['an edited event', (schema: string) => `UPDATE ${schema}.events SET data = '{"n":99}' WHERE position = 2`, ['a']],
    ['a deleted event', (schema: string) => `DELETE FROM ${schema}.events WHERE position = 2`, ['a']],
  ])('refuses %s with CHAIN_BROKEN and keeps serving the untouched streams', async (_what, tamper, broken) => {
    const schema = `tamper_${randomUUID().slice(0, 8)}`;
    const store = await PostgresEventStore.connect(database.url, { schema });
    await store.append('a', [event('One', { n: 1 }), event('Two', { n: 2 }), event('Three', { n: 3 })], 'no_stream');
    await store.append('b', [event('Other')], 'no_stream');
    await store.append('c', [event('Untouched')], 'no_stream');
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(tamper(schema));
    await admin.end();

    for (const stream of broken) await expect(store.readStream(stream)).rejects.toMatchObject({ code: 'CHAIN_BROKEN' });
    expect((await store.readStream('c')).map((e) => e.type)).toEqual(['Untouched']);
    // Reading from after the damage is not refused: the check covers what the read hands out.
    expect((await store.readStream('a', 2)).map((e) => e.type)).toEqual(['Three']);
    await store.close();
  });
});

describe('PostgreSQL store: statements that never finish', () => {
  it('gives up on an append waiting for a head lock another session holds, reads meanwhile, and appends once the lock is gone', async () => {
    const schema = `locked_${randomUUID().slice(0, 8)}`;
    const store = await PostgresEventStore.connect(database.url, { schema, queryTimeoutMs: 1000 });
    await store.append('a', [event('Before')], 'no_stream');
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query(`BEGIN; SELECT * FROM ${schema}.head FOR UPDATE`);

    const started = Date.now();
    await expect(store.append('a', [event('Blocked')], 0)).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await store.readStream('a')).map((e) => e.type)).toEqual(['Before']);

    await holder.query('ROLLBACK');
    await holder.end();
    await store.append('a', [event('After')], 0);
    expect((await store.readStream('a')).map((e) => e.type)).toEqual(['Before', 'After']);
    await store.close();
  });

  it('takes its bound from the service settings (THIDUA_POSTGRES_TIMEOUT_MS)', async () => {
    const own = await createTestDatabase();
    const proxy = await startTcpProxy(Number(new URL(own.url).port || 5432));
    const through = new URL(own.url);
    through.port = String(proxy.port);
    const store = await openStore(loadConfig({ THIDUA_STORE: through.toString(), THIDUA_POSTGRES_TIMEOUT_MS: '1000' }).store);
    try {
      await store.append('a', [event('Before')], 'no_stream');
      expect(await store.readStream('a')).toHaveLength(1);
      proxy.freeze();
      const started = Date.now();
      await expect(store.readStream('a')).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
      // The default bound is 10 s.
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      proxy.thaw();
      await store.close();
      await proxy.close();
      await own.drop();
    }
  }, 30_000);

  it('gives up on reads and appends within the bound when the server accepts but never answers, and works again when it answers', async () => {
    const proxy = await startTcpProxy(Number(new URL(database.url).port || 5432));
    const through = new URL(database.url);
    through.port = String(proxy.port);
    const store = await PostgresEventStore.connect(through.toString(), {
      schema: `hang_${randomUUID().slice(0, 8)}`,
      queryTimeoutMs: 1000,
      connectTimeoutMs: 1000,
    });
    await store.append('a', [event('Before')], 'no_stream');
    proxy.freeze();
    const started = Date.now();
    const outcomes = await Promise.allSettled([store.append('a', [event('Frozen')], 0), store.readStream('a'), store.headPosition()]);
    expect(outcomes.map((outcome) => outcome.status === 'rejected' && (outcome.reason as { code: string }).code)).toEqual([
      'EVENT_STORE_UNAVAILABLE',
      'EVENT_STORE_UNAVAILABLE',
      'EVENT_STORE_UNAVAILABLE',
    ]);
    expect(Date.now() - started).toBeLessThan(2500);
    proxy.thaw();
    await until(
      async () =>
        await store
          .append('a', [event('After')], 0)
          .then(() => true)
          .catch(() => false),
    );
    expect((await store.readStream('a')).map((e) => e.type)).toEqual(['Before', 'After']);
    await store.close();
    await proxy.close();
  }, 30_000);
});
