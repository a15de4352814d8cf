import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the title catalogue (danh hiệu). */
export const titleErrors = {
  TITLE_ALREADY_DEFINED: {
    meaning: 'A title with this id is already in the catalogue.',
    message: 'Danh hiệu "…" đã có trong danh mục.',
  },
} as const satisfies ErrorCatalogue;

export type TitleErrorCode = keyof typeof titleErrors | SharedErrorCode;
