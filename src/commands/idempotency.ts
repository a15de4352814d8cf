import { DomainError } from '../kernel/domain-error';
import { canonicalSha256 } from '../eventstore/chain';

/**
 * What the caller asked for: the command type and the caller's input, before any fact gathered
 * from other streams (those may change between a first try and its retry).
 */
export interface Intent {
  type: string;
  input: unknown;
}

/** The fingerprint written into every event's metadata: a retry must carry the same one. */
export const fingerprintOf = (intent: Intent): string => canonicalSha256(intent);

/**
 * A command id is one caller's key: the same id from another actor is another command. The
 * actor id's length leads, so no two (actor, id) pairs make the same key.
 */
export const idempotencyKey = (actorId: string, commandId: string): string => `${actorId.length}:${actorId}${commandId}`;

/** The caller sent a command id it had already used for a different command or input. */
export class IdempotencyKeyReusedError extends DomainError<'IDEMPOTENCY_KEY_REUSED'> {
  constructor(commandId: string, firstCommandType: string | null) {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      `Mã lệnh (commandId) "${commandId}" đã được dùng cho một lệnh khác` +
        `${firstCommandType ? ` (${firstCommandType})` : ''} với nội dung khác; ` +
        'mỗi lệnh mới cần một commandId mới, chỉ gửi lại đúng commandId cũ khi gửi lại đúng lệnh cũ.',
      { commandId },
    );
  }
}
