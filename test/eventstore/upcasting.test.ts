import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
import { domainUpcasters } from '../../src/domain/upcasters';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { openStore } from '../../src/eventstore/open-store';
import type { EventStore, RecordedEvent } from '../../src/eventstore/port';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { Upcasters } from '../../src/eventstore/upcasters';
import { DirectoryProjection } from '../../projections/cluster/directory-projection';
import { ProjectionRunner } from '../../projections/runner';

/** A unit registered before units carried their founding date: version 1 of UnitRegistered. */
const oldShape = { unitId: 'tan-chau', name: 'VKSND thị xã Tân Châu', shortName: null, level: UnitLevel.DISTRICT, parentUnitId: null };

describe('upcasting on the read path of the store', () => {
  let dir: string;
  let store: EventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upcast-'));
    const filename = join(dir, 'events.sqlite');
    const old = new SqliteEventStore(filename);
    await old.append(
      'unit-tan-chau',
      [{ id: '7d0c1c1e-5f0e-4a36-9d3c-000000000001', type: 'UnitRegistered', data: oldShape, metadata: {} }],
      'no_stream',
    );
    await old.close();
    store = await openStore({ kind: 'sqlite', filename }, new Upcasters(domainUpcasters));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads an old-shape event in the current shape from a stream, the log and a subscription', async () => {
    const current = { ...oldShape, establishedOn: null };
    expect((await store.readStream('unit-tan-chau'))[0].data).toStrictEqual(current);
    expect((await store.readAll())[0].data).toStrictEqual(current);
    const delivered = await new Promise<RecordedEvent>((resolve, reject) => {
      const subscription = store.subscribeToAll(
        0,
        (event) => {
          resolve(event);
          void subscription.close();
        },
        reject,
      );
    });
    expect(delivered.data).toStrictEqual(current);
  });

  it('feeds projections the current shape', async () => {
    const directory = new DirectoryProjection();
    const runner = new ProjectionRunner(store, [directory]);
    await runner.start();
    expect(directory.unit('tan-chau')?.establishedOn).toBeNull();
    await runner.stop();
  });

  it('stamps new events with the current version, so they are not upcast again', async () => {
    await store.append(
      'unit-tri-ton',
      [
        {
          id: '7d0c1c1e-5f0e-4a36-9d3c-000000000002',
          type: 'UnitRegistered',
          data: { ...oldShape, unitId: 'tri-ton', establishedOn: '1977-05-10' },
          metadata: {},
        },
      ],
      'no_stream',
    );
    const [, written] = await store.readAll();
    expect(written.metadata.schemaVersion).toBe(2);
    expect(written.stored).toBeUndefined();
  });

  it('leaves the audit chain verifying the stored bytes', async () => {
    const events = await store.readAll();
    expect(events[0].stored).toEqual({ data: oldShape });
    const report = await verifyLog(
      pagesOf((after) => store.readAll({ after })),
      null,
    );
    expect(report).toMatchObject({ ok: true });
  });
});
