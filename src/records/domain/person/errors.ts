import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the people register. */
export const personErrors = {
  FULL_NAME_REQUIRED: {
    meaning: 'A person needs a full name.',
    message: 'Cần ghi đầy đủ họ và tên.',
  },
  PERSON_ALREADY_REGISTERED: {
    meaning: 'The person is already registered.',
    message: 'Người "…" đã có trong hồ sơ.',
  },
} as const satisfies ErrorCatalogue;

export type PersonErrorCode = keyof typeof personErrors | SharedErrorCode;
