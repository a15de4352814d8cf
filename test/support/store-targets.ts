import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseStore } from '../../src/config';
import { openStore } from '../../src/eventstore/open-store';
import type { EventStore } from '../../src/eventstore/port';
import { createTestDatabase } from './postgres';

/** A fresh, empty store a test can hand to other processes by its THIDUA_STORE address. */
export interface TestStore {
  address: string;
  open(): Promise<EventStore>;
  drop(): Promise<void>;
}

/** The adapters the robustness tests run against: a real SQLite file, and a database of its own on the local PostgreSQL. */
export const STORE_TARGETS: [name: string, create: () => Promise<TestStore>][] = [
  [
    'SQLite',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-store-'));
      const address = `sqlite:${path.join(dir, `${randomUUID()}.db`)}`;
      return { address, open: () => openStore(parseStore(address)), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      return { address: database.url, open: () => openStore(parseStore(database.url)), drop: () => database.drop() };
    },
  ],
];
