import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKPOINT_EVENT } from '../../src/audit/checkpoint';
import { readExport } from '../../src/audit/export-format';
import { eventually } from '../support/live';
import { startService, type TestService } from '../support/service';
import { exited, spawnProgram } from '../support/spawn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-export-cli-'));
let service: TestService | undefined;
afterAll(async () => {
  await service?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Units registered through the API, twenty to a request (graphql-armor's alias limit). */
async function registerUnits(service: TestService, count: number): Promise<void> {
  for (let from = 0; from < count; from += 20) {
    const fields = Array.from(
      { length: Math.min(20, count - from) },
      (_, i) => `u${i}: registerUnit(input: { unitId: "don-vi-${from + i}", name: "Đơn vị số ${from + i}", level: REGIONAL }) { position }`,
    );
    const answer = await service.gql(`mutation { ${fields.join(' ')} }`);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  }
}

describe('npm run export on a store of two thousand events', () => {
  it('writes every event and prints no warning: no listener is left behind each time the file stream drains', async () => {
    service = await startService();
    // Two thousand events, about 1.7 MB of NDJSON: the file stream fills its 16 KB buffer and drains a hundred times.
    await registerUnits(service, 1000);
    // The second thousand events is signed by a checkpoint written after the last answer: the log is whole once it ends with it.
    const last = async () => (await service!.store.readAll({ after: (await service!.store.headPosition()) - 1 }))[0];
    await eventually(async () => (await last()).type === CHECKPOINT_EVENT, 'the checkpoint of the second thousand events');
    const head = await service.store.headPosition();
    const file = path.join(dir, 'export.ndjson');
    const exporter = spawnProgram('src/cli/export.ts', [file], { THIDUA_STORE: `sqlite:${service.storeFile!}` });
    let stdout = '';
    let stderr = '';
    exporter.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    exporter.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(exporter)).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^exported ${head} events \\(head position ${head}\\)`));
    const { header, events } = await readExport(file);
    const positions: number[] = [];
    for await (const event of events) positions.push(event.position);
    expect(header.headPosition).toBe(head);
    expect(positions).toEqual(Array.from({ length: head }, (_, i) => i + 1));
  }, 120_000);
});
