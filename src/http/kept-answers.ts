import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { CacheStats } from '../kernel/cache-stats';
import type { Encoding } from './accept-encoding';

/** Smaller answers are sent as they are: compressing them would not save a network packet. */
const COMPRESS_FROM_BYTES = 1400;
/** Brotli's quality 5 compresses the national graph about as well as 11 at a fraction of the time. */
const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => promisify(gzip)(body),
};

/**
 * A serialized answer as the bytes sent (a string would be encoded to UTF-8 and measured again for
 * every answer: for the 345 KB national graph that was most of the time spent per request), the
 * hash its ETag carries, the content type Apollo chose for the request, its Cache-Control (of the
 * present, or immutable), and its compressed forms, each made once on the thread pool the first
 * time a caller accepts it.
 */
export class KeptAnswer {
  private readonly compressed = new Map<Encoding, Promise<Buffer>>();

  constructor(
    readonly body: Buffer,
    readonly hash: string,
    readonly contentType: string,
    readonly cacheControl: string,
  ) {}

  /** The bytes to send to a caller accepting `encoding` (undefined: none), and the encoding they are in. */
  async bytesFor(encoding: Encoding | undefined): Promise<{ bytes: Buffer; encoding?: Encoding }> {
    if (!encoding || this.body.length < COMPRESS_FROM_BYTES) return { bytes: this.body };
    let bytes = this.compressed.get(encoding);
    if (!bytes) this.compressed.set(encoding, (bytes = compressors[encoding](this.body)));
    return { bytes: await bytes, encoding };
  }

  /** What it holds at most: JSON compresses to well under half, so both compressed forms fit in one more body. */
  get size(): number {
    return 2 * this.body.length;
  }
}

/** Answers kept at most; one answer larger than a tenth of this is not kept. */
const KEPT_BYTES = 32 * 1024 * 1024;

/**
 * The serialized answers of the current log position, by request: while nothing is appended the
 * same query from the same caller is answered from here, without running it (the national graph
 * is 345 KB of JSON). Everything is dropped as soon as the log moves, so no answer outlives what it
 * read and the memory stays under its bound. Answers of history (immutable) are dropped too: the
 * caller's own HTTP cache keeps those for good (docs/caches.md).
 */
export class KeptAnswers {
  private position = -1;
  private bytes = 0;
  private readonly answers = new Map<string, KeptAnswer>();

  get(key: string, position: number): KeptAnswer | undefined {
    return position === this.position ? this.answers.get(key) : undefined;
  }

  keep(key: string, position: number, answer: KeptAnswer): void {
    if (position !== this.position) {
      this.answers.clear();
      this.bytes = 0;
      this.position = position;
    }
    if (answer.size > KEPT_BYTES / 10 || this.answers.has(key)) return;
    while (this.bytes + answer.size > KEPT_BYTES) {
      const [oldest, { size }] = this.answers.entries().next().value!;
      this.answers.delete(oldest);
      this.bytes -= size;
    }
    this.answers.set(key, answer);
    this.bytes += answer.size;
  }

  stats(): CacheStats {
    return { entries: this.answers.size, bytes: this.bytes };
  }
}
