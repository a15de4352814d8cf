import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadDemo } from '../../src/demo/load-demo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-rebuild-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SNAPSHOT = 'read-models.snapshot';

describe('read models rebuilt at start-up', () => {
  it('equal those built live, whether replayed from the log or restored from a snapshot', async () => {
    const config = loadConfig({ THIDUA_STORE: `sqlite:${path.join(dir, 'a', 'thidua.db')}` });
    const live = await createApp(config);
    await loadDemo(live.store);
    await live.close();
    fs.rmSync(path.join(dir, 'a', SNAPSHOT));

    const replayed = await createApp(config);
    expect(replayed.startup).toMatchObject({ snapshot: 'not used: no snapshot yet', replayed: replayed.runner.processedPosition });
    expect(replayed.models).toStrictEqual(live.models);
    await replayed.close();

    const restored = await createApp(config);
    expect(restored.startup).toMatchObject({ snapshot: `restored at position ${restored.runner.processedPosition}`, replayed: 0 });
    expect(restored.models).toStrictEqual(replayed.models);
    await restored.close();
  });

  it('ignore a damaged snapshot, say so, and replay the log', async () => {
    const config = loadConfig({ THIDUA_STORE: `sqlite:${path.join(dir, 'b', 'thidua.db')}` });
    const first = await createApp(config);
    await loadDemo(first.store);
    await first.close();
    const file = path.join(dir, 'b', SNAPSHOT);
    const content = fs.readFileSync(file);
    const header = content.subarray(0, content.indexOf(10) + 1);
    fs.writeFileSync(file, Buffer.concat([header, Buffer.from('not a serialized read model')]));

    const second = await createApp(config);
    expect(second.startup).toMatchObject({ snapshot: 'not used: the snapshot file is damaged', replayed: second.runner.processedPosition });
    expect(second.models).toStrictEqual(first.models);
    await second.close();
  });

  it('time each phase of the start', async () => {
    const app = await createApp(loadConfig({ THIDUA_STORE: `sqlite:${path.join(dir, 'c', 'thidua.db')}` }));
    const phases = app.startup.phasesMs;
    expect(Object.keys(phases).sort()).toEqual(['checkpointer', 'checks', 'openStore', 'replay', 'snapshot']);
    for (const ms of Object.values(phases)) expect(ms).toBeGreaterThanOrEqual(0);
    await app.close();
  });
});
