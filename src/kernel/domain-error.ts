/**
 * A broken business rule. `code` is stable and English (clients switch on it), one of the codes
 * listed in the slices' domain errors.ts (docs/error-codes.md), each thrown typed by its kind's code union; `message` is Vietnamese, for the
 * officer reading it.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
