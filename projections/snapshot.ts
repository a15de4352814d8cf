import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { ChainHead } from '../src/eventstore/chain';
import type { EventStore } from '../src/eventstore/port';
import { eventAt } from '../src/eventstore/read-positions';
import { History } from './history';
import type { Projection } from './projection';

/**
 * Read-model snapshots: the projections' state and the log position (with its chain hash) they
 * reached, so a restart resumes from there instead of replaying the whole log. A snapshot is used
 * only when it was made by the same projection code and its position holds the same event in
 * this store; anything else is ignored and the models are rebuilt.
 */

const FILE = 'read-models.snapshot';
const FORMAT = 1;

interface Header {
  format: number;
  code: string;
  position: number;
  hash: string;
  createdAt: string;
}

/** Changes whenever any projection's code changes, so a snapshot never outlives the code that made it. */
function projectionCodeHash(): string {
  const hash = createHash('sha256').update(String(FORMAT));
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(js|ts)$/.test(entry.name)) hash.update(entry.name).update(fs.readFileSync(file));
    }
  };
  walk(__dirname);
  return hash.digest('hex');
}

interface SavedProjection {
  fields: Record<string, unknown>;
  /** Fields that are maps of History: v8 keeps each History's data, its prototype is given back on restore. */
  historyFields: string[];
}

function saved(projection: Projection): SavedProjection {
  const fields: Record<string, unknown> = {};
  const historyFields: string[] = [];
  for (const [key, value] of Object.entries(projection)) {
    if (key === 'name') continue;
    fields[key] = value;
    if (value instanceof Map && value.size > 0 && value.values().next().value instanceof History) historyFields.push(key);
  }
  return { fields, historyFields };
}

function restore(projection: Projection, { fields, historyFields }: SavedProjection): void {
  for (const key of historyFields)
    for (const history of (fields[key] as Map<unknown, object>).values()) Object.setPrototypeOf(history, History.prototype);
  Object.assign(projection, fields);
}

export class SnapshotFile {
  readonly file: string;
  private code: string | null = null;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, FILE);
  }

  private codeHash(): string {
    return (this.code ??= projectionCodeHash());
  }

  /** Writes the projections' state at `head`, replacing the previous snapshot only once complete. */
  save(projections: readonly Projection[], head: ChainHead): { bytes: number } {
    const header: Header = {
      format: FORMAT,
      code: this.codeHash(),
      position: head.position,
      hash: head.hash,
      createdAt: new Date().toISOString(),
    };
    const body = v8.serialize(Object.fromEntries(projections.map((p) => [p.name, saved(p)])));
    const headerBytes = Buffer.from(`${JSON.stringify(header)}\n`);
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat([headerBytes, body]));
    fs.renameSync(temporary, this.file);
    return { bytes: headerBytes.length + body.length };
  }

  /**
   * Restores the projections from the snapshot when it fits this code and this store; returns the
   * head it restored to, or why it was not used.
   */
  async load(projections: readonly Projection[], store: EventStore): Promise<{ head: ChainHead } | { skipped: string }> {
    if (!fs.existsSync(this.file)) return { skipped: 'no snapshot yet' };
    const content = fs.readFileSync(this.file);
    const newline = content.indexOf(10);
    let header: Header;
    try {
      header = JSON.parse(content.subarray(0, newline).toString()) as Header;
      if (typeof header !== 'object' || header === null) throw new TypeError('no header');
    } catch {
      return { skipped: 'the snapshot file is damaged' };
    }
    if (header.format !== FORMAT || header.code !== this.codeHash()) return { skipped: 'the snapshot was made by other projection code' };
    const event = await eventAt(store, header.position);
    if (!event || event.metadata.hash !== header.hash)
      return { skipped: `the store does not hold the snapshot's event at position ${header.position}` };
    let state: Record<string, SavedProjection>;
    try {
      state = v8.deserialize(content.subarray(newline + 1)) as Record<string, SavedProjection>;
    } catch {
      return { skipped: 'the snapshot file is damaged' };
    }
    for (const projection of projections) {
      if (!state[projection.name]) return { skipped: `the snapshot has no ${projection.name} read model` };
    }
    for (const projection of projections) restore(projection, state[projection.name]);
    return { head: { position: header.position, hash: header.hash } };
  }
}
