import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { mutate } from '../support/mutations';
import { createScratchCluster, type ScratchCluster } from '../support/scratch-cluster';
import { startService, type TestService } from '../support/service';

const WRITERS = 4;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pg-restart-'));
let cluster: ScratchCluster | undefined;
let service: TestService | undefined;
afterAll(async () => {
  await service?.stop().catch(() => undefined);
  await cluster?.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a PostgreSQL server that crashes and restarts during writes (a cluster of the test's own)", () => {
  it('loses no acknowledged write, refuses the others with EVENT_STORE_UNAVAILABLE, and the service writes again by itself', async () => {
    cluster = await createScratchCluster();
    service = await startService({ THIDUA_STORE: cluster.url, THIDUA_DATA_DIR: dir });
    const acknowledged: { unitId: string; position: number }[] = [];
    const refusals = new Set<string>();
    let restarted = false;
    let afterRestart = 0;
    const writer = async (w: number) => {
      for (let i = 0; afterRestart < 20; i += 1) {
        const unitId = `don-vi-${w}-${i}`;
        const answer = await mutate(service!, 'registerUnit', { unitId, name: `Đơn vị ${w} số ${i}`, level: 'REGIONAL' });
        if (answer.errors) refusals.add(answer.errors[0].extensions!.code);
        else {
          acknowledged.push({ unitId, position: answer.data!.registerUnit.position });
          if (restarted) afterRestart += 1;
        }
        if (answer.errors) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    await cluster.crashAndRestart();
    restarted = true;
    await writing;

    // Writes were in flight when the server went down: some were refused, and only with that code.
    expect([...refusals]).toEqual(['EVENT_STORE_UNAVAILABLE']);
    const store = await PostgresEventStore.connect(cluster.url);
    const events = await store.readAll();
    const stored = new Map(
      events.filter((e) => e.type === 'UnitRegistered').map((e) => [(e.data as { unitId: string }).unitId, e.position]),
    );
    for (const ack of acknowledged) expect({ unitId: ack.unitId, position: stored.get(ack.unitId) }).toEqual(ack);
    const report = await verifyLog(
      pagesOf((after) => store.readAll({ after, maxCount: 5000 })),
      null,
    );
    expect(report).toMatchObject({ ok: true, checkedEvents: events.length });
    await store.close();
    await service.stop();
    service = undefined;
  }, 120_000);
});
