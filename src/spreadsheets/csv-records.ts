import { StringDecoder } from 'node:string_decoder';
import { cellTooLong, SHEET_LIMITS, sheetTooLarge } from './sheet-limits';
import { inSlices } from './slices';

/** A field's special characters outside quotes. */
const SPECIAL = /[",\r\n]/g;

/**
 * An RFC 4180 reader fed text as it arrives: quoted fields (with "" for a quote, and commas and
 * line breaks inside), CRLF or LF between records. It holds at most one field of at most
 * SHEET_LIMITS.cellCharacters: a longer one is refused as soon as it passes the limit.
 */
class CsvReader {
  private field = '';
  private fieldQuoted = false;
  private record: string[] = [];
  private done: string[][] = [];
  private quoted = false;
  /** A quote inside a quoted field: it closes the field, or is the first of "". */
  private quoteSeen = false;
  /** A CR ended the record: an LF right after it belongs to the same line break. */
  private afterCr = false;
  /** Records completed so far: the current one's row number is this plus one. */
  private rows = 0;

  feed(text: string): void {
    for (let at = 0; at < text.length;) {
      if (this.afterCr) {
        this.afterCr = false;
        if (text[at] === '\n') {
          at += 1;
          continue;
        }
      }
      at = this.quoted ? this.inQuotes(text, at) : this.outside(text, at);
    }
  }

  /** The records completed since the last call. */
  take(): string[][] {
    const done = this.done;
    this.done = [];
    return done;
  }

  end(): void {
    if (this.quoted && !this.quoteSeen) throw new Error('a quoted field is never closed');
    if (this.record.length > 0 || this.field !== '' || this.fieldQuoted) this.endRecord();
  }

  private inQuotes(text: string, at: number): number {
    if (this.quoteSeen) {
      this.quoteSeen = false;
      if (text[at] === '"') {
        this.append('"');
        return at + 1;
      }
      this.quoted = false;
      return at;
    }
    const quote = text.indexOf('"', at);
    this.append(text.slice(at, quote < 0 ? text.length : quote));
    if (quote < 0) return text.length;
    this.quoteSeen = true;
    return quote + 1;
  }

  private outside(text: string, at: number): number {
    SPECIAL.lastIndex = at;
    const special = SPECIAL.exec(text);
    const end = special ? special.index : text.length;
    this.append(text.slice(at, end));
    if (!special) return end;
    const char = text[end];
    if (char === '"' && this.field === '' && !this.fieldQuoted) this.quoted = this.fieldQuoted = true;
    else if (char === '"') this.append('"');
    else if (char === ',') this.endField();
    else {
      this.endRecord();
      this.afterCr = char === '\r';
    }
    return end + 1;
  }

  private append(text: string): void {
    if (text === '') return;
    if (this.field.length + text.length > SHEET_LIMITS.cellCharacters)
      throw cellTooLong({ row: this.rows + 1, column: this.record.length + 1 });
    this.field += text;
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.fieldQuoted = false;
    if (this.record.length > SHEET_LIMITS.cells) throw sheetTooLarge('cells');
  }

  private endRecord(): void {
    this.endField();
    this.done.push(this.record);
    this.record = [];
    this.rows += 1;
  }
}

/**
 * CSV records (UTF-8, an optional byte-order mark) read from a byte stream as it arrives, in
 * slices that leave the event loop free between them: no field, row or file holds it longer than
 * one slice takes to split.
 */
export async function* csvRecords(source: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  const reader = new CsvReader();
  let started = false;
  for await (const chunk of source) {
    for await (const slice of inSlices(chunk)) {
      let text = decoder.write(slice);
      if (!started && text !== '') {
        text = text.replace(/^\uFEFF/, '');
        started = true;
      }
      reader.feed(text);
      yield* reader.take();
    }
  }
  reader.feed(decoder.end());
  reader.end();
  yield* reader.take();
}
