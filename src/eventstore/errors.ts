import type { ExpectedState } from './port';

/** The stream was not in the state the writer expected: somebody else wrote first. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedState,
    /** Revision of the stream's last event, or 'no_stream' when it has none. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected ${String(expected)}, actual revision ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The store cannot serve the request at all (closed, unreachable, corrupt). */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'EventStoreUnavailableError';
  }
}
