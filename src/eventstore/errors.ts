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

/** The disk (or the database's size limit) is full: the append was refused whole. */
export class EventStoreFullError extends Error {
  readonly code = 'EVENT_STORE_FULL';
  constructor(detail: string) {
    super(`Kho dữ liệu đã đầy, không ghi được (${detail}); không có gì được ghi một phần. Hãy giải phóng dung lượng rồi gửi lại.`);
    this.name = 'EventStoreFullError';
  }
}

/** The store was found damaged at start-up: reads go on, writes are refused until an operator acts. */
export class StoreReadOnlyError extends Error {
  readonly code = 'STORE_READ_ONLY';
  constructor(readonly reason: string) {
    super(`Hệ thống đang chỉ cho đọc, không nhận ghi: ${reason}`);
    this.name = 'StoreReadOnlyError';
  }
}

/** Imported events do not continue the store's audit chain (a gap, a changed event, or the wrong store). */
export class ChainBrokenError extends Error {
  readonly code = 'CHAIN_BROKEN';
  constructor(
    readonly position: number,
    detail: string,
  ) {
    super(`Chuỗi kiểm toán bị đứt ở vị trí ${position}: ${detail}`);
    this.name = 'ChainBrokenError';
  }
}

/**
 * The store holds a log in an older layout or link format: nothing reads it but the upgrade,
 * which copies it into a new store (the old one is left as it is).
 */
export class StoreNeedsUpgradeError extends Error {
  readonly code = 'STORE_NEEDS_UPGRADE';
  constructor(
    readonly store: string,
    readonly found: string,
  ) {
    // The code leads the message: the tools that meet this error (the service, verify, backup) print the message alone.
    super(
      `[STORE_NEEDS_UPGRADE] Kho dữ liệu ${store} được ghi theo định dạng cũ (${found}); phiên bản này chỉ đọc định dạng liên kết 3. ` +
        `Hãy nâng cấp bằng cách sao chép sang một kho mới: npm run migrate -- --from ${store} --to ${suggestedTarget(store)} ` +
        `rồi trỏ dịch vụ vào kho mới. Kho cũ không bị sửa; hãy giữ nó làm bản lưu.`,
    );
    this.name = 'StoreNeedsUpgradeError';
  }
}

/** A new file beside an old SQLite one; for a server, a schema of its own (the user picks the name). */
function suggestedTarget(store: string): string {
  if (store.startsWith('sqlite:')) return store.replace(/(\.db)?$/, '-v3.db');
  return '<kho mới, ví dụ sqlite:./data/thidua-v3.db>';
}
