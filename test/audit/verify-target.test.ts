import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TargetError, verifyTarget } from '../../src/audit/verify-target';
import { parseStore } from '../../src/config';
import { openStore } from '../../src/eventstore/open-store';

describe('verify: what it takes as a target', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-verify-target-'));
  const file = path.join(dir, 'thidua-2026-11-29.db');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const store = await openStore(parseStore(`sqlite:${file}`));
    for (let i = 0; i < 3; i += 1)
      await store.append(
        `unit-${i}`,
        [{ id: `00000000-0000-7000-8000-00000000000${i}`, type: 'UnitRegistered', data: { i }, metadata: {} }],
        'no_stream',
      );
    await store.close();
  });

  it('reads a .db file (what npm run backup writes) as an SQLite store, as it does sqlite:<file>', async () => {
    const [plain, prefixed] = await Promise.all([verifyTarget(file, null), verifyTarget(`sqlite:${file}`, null)]);
    expect(plain.report).toMatchObject({ ok: true, checkedEvents: 3 });
    expect(prefixed.report).toEqual(plain.report);
  });

  it('names a target that does not exist, so the CLI can show its usage', async () => {
    await expect(verifyTarget(path.join(dir, 'khong-co.db'), null)).rejects.toThrow(TargetError);
    await expect(verifyTarget(path.join(dir, 'khong-co.db'), null)).rejects.toThrow(/no such file or folder/);
  });
});
