import { randomUUID } from 'node:crypto';
import { KurrentDbEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store';
import { eventStoreContract } from './event-store-contract';

const url = process.env.KURRENTDB_URL;

if (url) {
  // Each test gets its own namespace: a fresh, empty store with its own chain on the shared server.
  eventStoreContract(`KurrentDB at ${url}`, () => KurrentDbEventStore.connect(url, { namespace: `test-${randomUUID()}/` }));
} else {
  describe('event store contract: KurrentDB', () => {
    it.skip('skipped: set KURRENTDB_URL (for example kurrentdb://localhost:2113?tls=false) to run it against a real KurrentDB', () =>
      undefined);
  });
  console.info('KurrentDB contract tests skipped: KURRENTDB_URL is not set (see docs/operations.md, "KurrentDB").');
}

describe('KurrentDB adapter start-up', () => {
  it('fails fast with EVENT_STORE_UNAVAILABLE when nothing answers at the address', async () => {
    const started = Date.now();
    await expect(KurrentDbEventStore.connect('kurrentdb://127.0.0.1:1?tls=false', { connectTimeoutMs: 1500 })).rejects.toMatchObject({
      code: 'EVENT_STORE_UNAVAILABLE',
      message: expect.stringContaining('Cannot reach KurrentDB at kurrentdb://127.0.0.1:1'),
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a malformed connection string', async () => {
    await expect(KurrentDbEventStore.connect('kurrentdb://')).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
  });
});
