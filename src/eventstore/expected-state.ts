import { WrongExpectedRevisionError } from './errors';
import type { ExpectedState, StreamAppend } from './port';

/** Checks an expected state against the stream's current last revision (-1 when absent); throws when it does not hold. */
export function assertExpectedState(stream: string, expected: ExpectedState, lastRevision: number): void {
  const exists = lastRevision >= 0;
  const holds =
    expected === 'any' ||
    (expected === 'no_stream' && !exists) ||
    (expected === 'stream_exists' && exists) ||
    (typeof expected === 'number' && expected === lastRevision);
  if (!holds) throw new WrongExpectedRevisionError(stream, expected, exists ? lastRevision : 'no_stream');
}

/** What every adapter refuses before writing: no parts, a part without events, or one stream named twice. */
export function refuseMalformed(parts: StreamAppend[]): RangeError | null {
  if (parts.length === 0) return new RangeError('appendMany needs at least one stream');
  if (parts.some((part) => part.events.length === 0)) return new RangeError('append needs at least one event');
  if (new Set(parts.map((part) => part.stream)).size !== parts.length) return new RangeError('appendMany names a stream twice');
  return null;
}
