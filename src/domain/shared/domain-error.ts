import type { DomainErrorCode } from '../error-codes';

/**
 * A broken business rule. `code` is stable and English (clients switch on it), one of the codes
 * listed in the domain kinds' errors.ts (docs/error-codes.md); `message` is Vietnamese, for the
 * officer reading it.
 */
export class DomainError<Code extends DomainErrorCode = DomainErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
