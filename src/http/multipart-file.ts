/** A part's headers may not be longer than this (they are a few lines; a longer block is no form a browser sends). */
const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** A multipart/form-data body that is not one (no boundary, no file part, a part never closed). */
export class MalformedFormError extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'MalformedFormError';
  }
}

/** The first file of a form, as it arrives: its name and type as the browser sent them, and its bytes. */
export interface FormFile {
  filename: string;
  type: string;
  bytes: AsyncGenerator<Buffer>;
}

/** The boundary of a multipart/form-data Content-Type, or null. */
export function formBoundary(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

/** Reads a body chunk by chunk, keeping only what has not been handed on yet. */
class Cursor {
  private held: Buffer = Buffer.alloc(0);

  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  /** Reads until `marker` is held: where it starts, or -1 when the body ends first or `within` bytes pass without it. */
  async reach(marker: Buffer, within = Infinity): Promise<number> {
    for (;;) {
      const at = this.held.indexOf(marker);
      if (at >= 0) return at;
      if (this.held.length > within) return -1;
      const next = await this.chunks.next();
      if (next.done) return -1;
      this.held = this.held.length === 0 ? next.value : Buffer.concat([this.held, next.value]);
    }
  }

  take(length: number): Buffer {
    const taken = this.held.subarray(0, length);
    this.held = this.held.subarray(length);
    return taken;
  }

  /** Hands on everything before the next `marker` as it arrives (keeping back what could be its start), and consumes the marker. */
  async *until(marker: Buffer): AsyncGenerator<Buffer> {
    for (;;) {
      const at = this.held.indexOf(marker);
      if (at >= 0) {
        if (at > 0) yield this.take(at);
        this.take(marker.length);
        return;
      }
      const safe = this.held.length - marker.length + 1;
      if (safe > 0) yield this.take(safe);
      const next = await this.chunks.next();
      if (next.done) throw new MalformedFormError('the form ends inside a part');
      this.held = this.held.length === 0 ? next.value : Buffer.concat([this.held, next.value]);
    }
  }
}

/** A part's file name (null for a plain field) and media type, from its headers. */
function disposition(headers: string): { filename: string | null; type: string } {
  const line = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
  const type = /^content-type:\s*([^\r\n;]+)/im.exec(headers)?.[1].trim().toLowerCase() ?? '';
  return { filename: /;\s*filename="([^"]*)"/i.exec(line)?.[1] ?? null, type };
}

/** The body with a line break before it: the first delimiter then reads like every other. */
async function* afterLineBreak(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield CRLF;
  yield* body;
}

/**
 * The first file part of a multipart/form-data body (RFC 7578), streamed: fields before it are
 * skipped, and its bytes are handed on as they arrive, never held whole. What comes after it is
 * left unread.
 */
export async function firstFormFile(body: AsyncIterable<Buffer>, boundary: string): Promise<FormFile> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const reader = new Cursor(afterLineBreak(body)[Symbol.asyncIterator]());
  for await (const _preamble of reader.until(delimiter));
  for (;;) {
    // After a delimiter: the part's headers up to an empty line, or "--" when the form has ended.
    const end = await reader.reach(HEADER_END, MAX_HEADER_BYTES);
    // Browsers and fetch write a file's name as UTF-8 bytes in its header.
    const headers = end < 0 ? '--' : reader.take(end + HEADER_END.length).toString('utf8');
    if (headers.startsWith('--')) throw new MalformedFormError('the form holds no file');
    const part = disposition(headers);
    if (part.filename !== null) return { filename: part.filename, type: part.type, bytes: reader.until(delimiter) };
    for await (const _field of reader.until(delimiter));
  }
}
