import { WrongExpectedRevisionError } from './errors';
import type { ExpectedState } from './port';

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
