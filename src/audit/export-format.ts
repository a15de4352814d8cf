import fs from 'node:fs';
import readline from 'node:readline';
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

/** Writes the header and then one event per line, in log order. */
export async function writeExport(file: string, header: ExportHeader, events: AsyncIterable<RecordedEvent>): Promise<number> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = (line: string) =>
    new Promise<void>((resolve, reject) => (out.write(`${line}\n`) ? resolve() : out.once('drain', resolve).once('error', reject)));
  await write(JSON.stringify(header));
  let count = 0;
  for await (const event of events) {
    await write(JSON.stringify(event));
    count += 1;
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
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
