import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { RecordedEvent } from '../eventstore/port';

/** The first line of an export: what it is and which key signed its checkpoints (as the service said). */
export interface ExportHeader {
  format: 'thidua-audit-export';
  version: 1;
  exportedAt: string;
  headPosition: number;
  keyId: string;
  publicKey: string;
}

/**
 * Writes the header and then one event per line, in log order. The stream pipeline waits for the
 * file to drain and removes its listeners itself: waiting by hand left an 'error' listener on the
 * file for every drain, which a large log pushed past Node's warning limit.
 */
export async function writeExport(file: string, header: ExportHeader, events: AsyncIterable<RecordedEvent>): Promise<number> {
  let count = 0;
  async function* lines(): AsyncIterable<string> {
    yield `${JSON.stringify(header)}\n`;
    for await (const event of events) {
      yield `${JSON.stringify(event)}\n`;
      count += 1;
    }
  }
  await pipeline(lines, fs.createWriteStream(file, { encoding: 'utf8' }));
  return count;
}

/** Reads an export: its header, then its events lazily. */
export async function readExport(file: string): Promise<{ header: ExportHeader; events: AsyncIterable<RecordedEvent> }> {
  const reader = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = first.done ? null : (JSON.parse(first.value) as ExportHeader);
  if (header?.format !== 'thidua-audit-export') throw new Error(`${file} is not a Thi đua audit export`);
  async function* events(): AsyncIterable<RecordedEvent> {
    for (let line = await lines.next(); !line.done; line = await lines.next())
      if (line.value.trim() !== '') yield JSON.parse(line.value) as RecordedEvent;
  }
  return { header, events: events() };
}
