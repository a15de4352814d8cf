/** A serialized answer and the hash its ETag carries (hashing 345 KB again per answer would cost more than keeping it). */
export interface KeptAnswer {
  text: string;
  hash: string;
}

/** Answers kept at most; one answer larger than a tenth of this is not kept. */
const KEPT_BYTES = 32 * 1024 * 1024;

/**
 * The serialized answers of the current log position, by request: while nothing is appended the
 * same query from the same caller is answered from here, without running it (the national graph
 * is 345 KB of JSON). Everything is dropped as soon as the log moves, so no answer outlives what it
 * read and the memory stays under its bound.
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
    const size = answer.text.length * 2;
    if (size > KEPT_BYTES / 10 || this.answers.has(key)) return;
    while (this.bytes + size > KEPT_BYTES) {
      const [oldest, { text }] = this.answers.entries().next().value!;
      this.answers.delete(oldest);
      this.bytes -= text.length * 2;
    }
    this.answers.set(key, answer);
    this.bytes += size;
  }
}
