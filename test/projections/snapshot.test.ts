import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadDemo } from '../../src/demo/load-demo';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { clusterGraph } from '../../projections/cluster/cluster-graph';
import { ranking } from '../../projections/scorecard/rankings';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-snapshot-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function headOf(file: string): Promise<number> {
  const store = new SqliteEventStore(file);
  const head = await store.headPosition();
  await store.close();
  return head;
}

/** What a few queries answer: equal answers mean equal read models for the test's purpose. */
const answers = (app: App) => ({
  graph2022: clusterGraph(app.models.directory, 2022),
  graph2024: clusterGraph(app.models.directory, 2024),
  ranking: ranking(app.models, 'ag-2', 2024),
  asOfStart: clusterGraph(app.models.directory, 2022, 3),
});

describe('read-model snapshots', () => {
  it('are written at shutdown and used at the next start, which replays only what came after', async () => {
    const config = loadConfig({ THIDUA_STORE: `sqlite:${path.join(dir, 'a', 'thidua.db')}` });
    const first = await createApp(config);
    expect(first.startup).toMatchObject({ snapshot: 'not used: no snapshot yet', replayed: 0 });
    await loadDemo(first.store);
    await first.runner.waitFor(await first.store.headPosition(), 5000);
    const before = answers(first);
    await first.close();
    expect(fs.existsSync(path.join(dir, 'a', 'read-models.snapshot'))).toBe(true);

    // The snapshot is taken after the checkpoint signed at shutdown: at the head.
    const second = await createApp(config);
    const head = await second.store.headPosition();
    expect(second.startup).toMatchObject({ snapshot: `restored at position ${head}`, replayed: 0 });
    expect(answers(second)).toEqual(before);
    // The runner goes on from the snapshot with new events, and the audit chain is still checked.
    await second.store.append('unit-late', [{ id: randomUUID(), type: 'Noted', data: {}, metadata: {} }], 'no_stream');
    await second.runner.waitFor(head + 1, 5000);
    await second.close();

    const third = await createApp(config);
    expect(third.startup.snapshot).toBe(`restored at position ${await third.store.headPosition()}`);
    await third.close();
  });

  it('are not used for a store that does not hold the snapshot’s event, and the models are rebuilt', async () => {
    const file = path.join(dir, 'b', 'thidua.db');
    const config = loadConfig({ THIDUA_STORE: `sqlite:${file}` });
    const first = await createApp(config);
    await loadDemo(first.store);
    await first.runner.waitFor(await first.store.headPosition(), 5000);
    const before = answers(first);
    await first.close();
    const head = await headOf(file);

    // Restored from an older backup: the log ends before the snapshot's position.
    const db = new Database(file);
    db.prepare('DELETE FROM events WHERE position > ?').run(head - 5);
    db.close();
    const second = await createApp(config);
    expect(second.startup).toMatchObject({
      snapshot: `not used: the store does not hold the snapshot's event at position ${head}`,
      replayed: head - 5,
    });
    expect(answers(second).graph2022).toEqual(before.graph2022);
    await second.close();
  });
});
