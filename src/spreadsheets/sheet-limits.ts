/**
 * What one score sheet import may hold. The template of a large cluster (10 units, 60 criteria,
 * 3 stages) is under 2,000 rows and 1 MB unpacked; the limits leave ample room above that and
 * bound the memory and time any upload can cost.
 */
export const SHEET_LIMITS = {
  /** The request body (the .xlsx as sent, or the CSV). */
  bodyBytes: 5 * 1024 * 1024,
  /** The workbook's parts that are read, once unpacked; checked before anything is inflated. */
  unpackedBytes: 20 * 1024 * 1024,
  rows: 5_000,
  cells: 100_000,
  /**
   * One cell's text: Excel's own limit. Far above what any column holds (evidence and reasons are at
   * most 2,000 characters, refused with the API's own message), it only bounds what one cell costs.
   */
  cellCharacters: 32_767,
  /** Imports running at once in one process (each caller may run one). */
  concurrentImports: 2,
  /** How many row problems an answer lists (the total is always given). */
  listedProblems: 100,
} as const;

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A file refused as a whole: its stable code, the HTTP status, and what the officer can do. */
export class SheetError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SheetError';
  }
}

export function sheetTooLarge(limit: 'unpackedBytes' | 'rows' | 'cells'): SheetError {
  const max = SHEET_LIMITS[limit];
  const what = {
    unpackedBytes: `dung lượng sau khi giải nén vượt ${MB(max)}`,
    rows: `có hơn ${max.toLocaleString('vi-VN')} dòng`,
    cells: `có hơn ${max.toLocaleString('vi-VN')} ô`,
  }[limit];
  return new SheetError(
    'SHEET_TOO_LARGE',
    `Tệp quá lớn: bảng tính ${what} (giới hạn mỗi lần nhập); hãy chia thành nhiều tệp nhỏ hơn.`,
    413,
    { limit, max },
  );
}

/** A cell longer than SHEET_LIMITS.cellCharacters, where it is known (a CSV's row and column; an .xlsx part's text is refused before its rows are read). */
export function cellTooLong(where: { row: number; column: number } | null): SheetError {
  const max = SHEET_LIMITS.cellCharacters;
  const at = where ? ` ở dòng ${where.row}, cột ${where.column}` : '';
  return new SheetError(
    'CELL_TOO_LONG',
    `Tệp có một ô${at} dài hơn ${max.toLocaleString('vi-VN')} ký tự (giới hạn một ô của Excel); không có gì được ghi. Hãy rút gọn nội dung ô đó rồi gửi lại.`,
    413,
    { limit: 'cellCharacters', max, ...(where ?? {}) },
  );
}
