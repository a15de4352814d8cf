import { DOMAIN_ERRORS, type DomainErrorCode } from '../domain/error-codes';
import type { ErrorCatalogue, ErrorCodeEntry } from '../kernel/errors';

/**
 * Codes the service itself answers with, outside the domain's rules: access, malformed or
 * oversized requests, limits, the store and read models, subscriptions, spreadsheet imports
 * (whose row problems also carry the domain's codes).
 */
export const SERVICE_ERRORS = {
  UNAUTHENTICATED: {
    meaning: 'No valid bearer token: missing, expired, badly signed, issued in the future or living too long.',
    message: 'Chưa xác thực: gửi kèm header "Authorization: Bearer <token>" (lấy token bằng npm run token).',
  },
  FORBIDDEN: {
    meaning:
      "The caller's role and unit are not admitted by the field's authorization rules (src/authorization/rules.ts); the message names who would be.",
    message: 'Không có quyền: … không được thực hiện thao tác này; cần … hoặc ADMIN.',
  },
  BAD_USER_INPUT: {
    meaning:
      "The input failed validation (class-validator, a scalar, a page size); `extensions.problems` lists each field's reasons. Checked before authorization.",
    message: 'Dữ liệu không hợp lệ: ….',
  },
  BAD_REQUEST: {
    meaning: 'The HTTP request itself is malformed (body not JSON, wrong media type, several operations in one request).',
    message: 'Yêu cầu không hợp lệ.',
  },
  GRAPHQL_PARSE_FAILED: {
    meaning: 'The GraphQL document does not parse.',
    message: 'Truy vấn GraphQL sai cú pháp.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning: 'The GraphQL document does not validate against the schema.',
    message: 'Truy vấn GraphQL không hợp lệ với lược đồ.',
  },
  MUTATION_REQUIRES_POST: {
    meaning: 'A mutation was sent with GET.',
    message: 'Yêu cầu GET chỉ được đọc dữ liệu; thao tác … phải gửi bằng POST.',
  },
  NOT_FOUND: {
    meaning:
      'No such route, or nothing to print or export for what the path names: a cluster year without data, a dossier not yet decided, an item with no award.',
    message: 'Không có đường dẫn … trên máy chủ này.',
  },
  PAYLOAD_TOO_LARGE: {
    meaning: 'The request body exceeds the configured limit.',
    message: 'Yêu cầu quá lớn: tối đa … MB.',
  },
  RATE_LIMITED: {
    meaning: 'The caller exceeded its requests (or writes) per minute.',
    message: 'Quá nhiều yêu cầu trong một phút; thử lại sau ít phút.',
  },
  QUERY_TOO_COSTLY: {
    meaning: 'The estimated cost of the query exceeds the limit.',
    message: 'Truy vấn quá tốn kém: chi phí ước tính … vượt giới hạn …; hãy lấy ít bản ghi hơn mỗi trang (first) hoặc bớt trường.',
  },
  QUERY_TOO_DEEP: {
    meaning: 'The query nests deeper than allowed.',
    message: 'Truy vấn lồng quá sâu: … tầng, tối đa … tầng.',
  },
  TOO_MANY_ALIASES: {
    meaning: 'The query uses more aliases than allowed.',
    message: 'Truy vấn dùng quá nhiều bí danh (alias): …, tối đa ….',
  },
  TOO_MANY_DIRECTIVES: {
    meaning: 'The query uses more directives than allowed.',
    message: 'Truy vấn dùng quá nhiều chỉ thị (directive): …, tối đa ….',
  },
  TOO_MANY_TOKENS: {
    meaning: 'The query document is longer than allowed.',
    message: 'Truy vấn quá dài: vượt giới hạn … token; hãy tách thành các truy vấn nhỏ hơn.',
  },
  BAD_MIN_POSITION: {
    meaning: 'The read-your-writes header is not a non-negative integer.',
    message: 'Tiêu đề … phải là một số nguyên không âm (vị trí mà thao tác ghi đã trả về), nhận được "…".',
  },
  SHUTTING_DOWN: {
    meaning: 'The server is stopping; retry shortly.',
    message: 'Máy chủ đang dừng (khởi động lại hoặc bảo trì); thử lại sau ít giây.',
  },
  INTERNAL_SERVER_ERROR: {
    meaning: 'An unexpected failure; the details are logged, never sent.',
    message: 'Lỗi nội bộ của máy chủ; sự cố đã được ghi lại.',
  },
  CONCURRENCY_CONFLICT: {
    meaning: 'The stream kept changing under the command after every retry.',
    message: 'Dữ liệu "…" đang được người khác cập nhật liên tục; đã thử … lần, hãy gửi lại sau ít phút.',
  },
  READ_MODEL_LAGGING: {
    meaning: "The read models did not reach the caller's own write in time.",
    message: 'Dữ liệu đọc chưa cập nhật kịp (mới đến vị trí …, cần …); hãy thử lại sau giây lát.',
  },
  READ_MODEL_FAILED: {
    meaning: 'A projection failed and the read models stopped; an administrator must look.',
    message: 'Dữ liệu đọc đã dừng cập nhật do lỗi nội bộ; hãy báo cho quản trị viên.',
  },
  EVENT_STORE_FULL: {
    meaning: "The store's disk is full; nothing was partly written.",
    message: 'Kho dữ liệu đã đầy, không ghi được (…); không có gì được ghi một phần. Hãy giải phóng dung lượng rồi gửi lại.',
  },
  EVENT_STORE_UNAVAILABLE: {
    meaning:
      'The event store cannot be reached (HTTP 503, Retry-After in seconds). A write cut off by it may have been recorded: send it again with the same commandId, which is answered with the first result if it was.',
    message: 'Kho dữ liệu sự kiện tạm thời không phục vụ được; hãy thử lại sau 5 giây.',
  },
  STORE_READ_ONLY: {
    meaning: 'The service accepts no writes (a replica, or the log failed verification).',
    message: 'Hệ thống đang chỉ cho đọc, không nhận ghi: …',
  },
  TOO_MANY_SUBSCRIPTIONS: {
    meaning: 'A WebSocket connection holds more subscriptions than allowed.',
    message: 'Tối đa … đăng ký trên một kết nối; hãy hủy bớt hoặc mở kết nối khác.',
  },
  SUBSCRIPTION_OVERFLOW: {
    meaning: 'A subscription fell too far behind the events; subscribe again.',
    message: 'Quá nhiều sự kiện đang chờ gửi cho đăng ký này; hãy đăng ký lại.',
  },
  TOKEN_EXPIRED: {
    meaning: 'WebSocket close reason (4401): the token that opened the connection has expired; reconnect with a fresh one.',
    message: 'token đã hết hạn; kết nối lại với token mới',
  },
  INIT_TIMEOUT: {
    meaning: 'WebSocket close reason (4408): no verified connection_init within THIDUA_WS_INIT_TIMEOUT_MS of opening.',
    message: 'chưa nhận connection_init hợp lệ sau … ms; gửi ngay khi mở kết nối',
  },
  TOO_MANY_UNAUTHENTICATED: {
    meaning: 'WebSocket close reason (1013): this address already holds as many not-yet-signed-in connections as allowed.',
    message: 'đã có … kết nối chưa xác thực từ địa chỉ này',
  },
  TRY_AGAIN_LATER: {
    meaning: 'WebSocket close reason (1013): the server holds as many signed-in, or not-yet-signed-in, connections as it takes.',
    message: 'máy chủ đã đủ … kết nối',
  },
  SLOW_CONSUMER: {
    meaning: 'WebSocket close reason (4503): the client read more slowly than events arrived; reconnect and read the state again.',
    message: 'nhận chậm hơn tốc độ sự kiện; hãy kết nối lại và đọc lại trạng thái',
  },
  RECORDED_TO_PASSED: {
    meaning: "A live audit subscription's recordedTo is already past: read those events with the auditTrail query.",
    message:
      'recordedTo (…) đã qua: đăng ký trực tiếp chỉ nhận các sự kiện được ghi từ lúc đăng ký. Hãy đọc các sự kiện đã ghi bằng truy vấn auditTrail với cùng bộ lọc, hoặc đặt recordedTo ở tương lai (hay bỏ nó đi).',
  },
  TOO_MANY_CHECKPOINT_FEEDS: {
    meaning:
      'The caller already holds as many checkpoint feeds as allowed: per address without a token, per signed-in subject with one (HTTP 429, Retry-After).',
    message: 'Đã mở tối đa … luồng điểm kiểm tra từ địa chỉ này; hãy đóng bớt luồng đang mở rồi thử lại sau … giây.',
  },
  CHECKPOINT_FEEDS_BUSY: {
    meaning: 'The checkpoint feeds opened without a token, from all addresses together, are at their shared cap (HTTP 503, Retry-After).',
    message:
      'Máy chủ đang phục vụ tối đa … luồng điểm kiểm tra không kèm token; hãy thử lại sau … giây, hoặc mở luồng kèm "Authorization: Bearer <token>" để dùng hạn mức riêng của bạn.',
  },
  CHECKPOINT_CURSOR_AHEAD: {
    meaning:
      'The `after` or `Last-Event-ID` names a checkpoint the log does not hold (beyond the newest): the log may have been restored from a backup or truncated (HTTP 409; `extensions.latestRevision`).',
    message:
      'Điểm kiểm tra số … không có trong nhật ký (mới nhất là số …): nhật ký có thể đã được khôi phục từ bản sao lưu hoặc bị cắt bớt. Hãy đối chiếu các điểm kiểm tra đã lưu bằng npm run verify -- --checkpoints, rồi đọc lại từ đầu (after=-1).',
  },
  IMPORT_IN_PROGRESS: {
    meaning: 'The caller already has a score import running.',
    message: 'Bạn đang có một lần nhập bảng điểm chưa xong; chờ lần đó xong rồi gửi tệp này.',
  },
  IMPORTS_BUSY: {
    meaning: 'The server runs as many score imports as it allows at once.',
    message: 'Máy chủ đang nhập … bảng điểm cùng lúc, mức tối đa; thử lại sau 5 giây.',
  },
  IMPORT_CANCELLED_SHUTDOWN: {
    meaning:
      'The service was stopping and could not finish the score import within its stop bound: the import was cancelled before it wrote anything (answered 503 with Retry-After); send the file again.',
    message:
      'Máy chủ đang dừng nên đã hủy lần nhập bảng điểm này trước khi ghi: không có điểm nào của tệp được ghi. Gửi lại tệp sau ít giây.',
  },
  INVALID_SHEET: {
    meaning:
      "A score sheet has invalid rows; `rows` lists each row's code (a code of this list: the mutations' own BAD_USER_INPUT with its `problems` where their input class refused the row) and reason; nothing was recorded.",
    message: 'Không ghi điểm nào: … dòng có lỗi; sửa các dòng này rồi gửi lại.',
  },
  UNREADABLE_SHEET: {
    meaning: "The uploaded file is not a readable .xlsx or CSV, or lacks the template's header row.",
    message: 'Không đọc được tệp .xlsx: ….',
  },
  NO_WORKBOOK: {
    meaning: 'The .xlsx file has no workbook or sheet.',
    message: 'Tệp .xlsx không có bảng tính nào (thiếu sổ làm việc hoặc trang tính); hãy tải mẫu nhập điểm và điền vào đó.',
  },
  SHEET_TOO_LARGE: {
    meaning: "The sheet exceeds the import's size limits.",
    message: 'Tệp quá lớn: bảng tính … (giới hạn mỗi lần nhập); hãy chia thành nhiều tệp nhỏ hơn.',
  },
  CELL_TOO_LONG: {
    meaning:
      "A cell of the sheet is longer than 32,767 characters (Excel's own limit), refused as soon as it passes the limit while the file is read; `row` and `column` say where (a CSV's). Nothing was recorded.",
    message:
      'Tệp có một ô ở dòng …, cột … dài hơn 32.767 ký tự (giới hạn một ô của Excel); không có gì được ghi. Hãy rút gọn nội dung ô đó rồi gửi lại.',
  },
  EMPTY_SHEET: {
    meaning: 'The sheet has no data row, or no row with points.',
    message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề; không có gì để ghi.',
  },
  MISSING_UNIT: {
    meaning: 'A sheet row has no unit id.',
    message: 'thiếu Mã đơn vị',
  },
  MISSING_CRITERION: {
    meaning: 'A sheet row has no criterion id.',
    message: 'thiếu Mã tiêu chí',
  },
  INVALID_STAGE: {
    meaning: 'A sheet row names no known scoring stage.',
    message: 'Giai đoạn "…" không hợp lệ: dùng Tự chấm, Cụm chấm hoặc Hội đồng duyệt',
  },
  INVALID_POINTS: {
    meaning: "A sheet row's points are not a non-negative number with at most two decimals.",
    message: 'Điểm "…" không hợp lệ: số không âm, tối đa hai chữ số thập phân',
  },
  DUPLICATE_ROW: {
    meaning: 'Two sheet rows score the same unit, criterion and stage.',
    message: 'trùng với dòng … (cùng đơn vị, tiêu chí, giai đoạn)',
  },
  STORE_NEEDS_UPGRADE: {
    meaning:
      'At start-up and in the tools (verify, backup, export): the store was written in an older layout or link format; `npm run migrate` copies it into a new store (docs/storage.md). Nothing is read or written.',
    message:
      'Kho dữ liệu … được ghi theo định dạng cũ (…); … Hãy nâng cấp bằng cách sao chép sang một kho mới: npm run migrate -- --from … --to …',
  },
  OLD_LOG_BROKEN: {
    meaning: "The upgrade (`npm run migrate`) found the older store's chain broken under its own rules, and copied nothing.",
    message: 'Nhật ký cũ không toàn vẹn nên không nâng cấp: vị trí …: ….',
  },
} as const satisfies ErrorCatalogue;

export type ServiceErrorCode = keyof typeof SERVICE_ERRORS;

/** Every `extensions.code` (and HTTP `code`) the API can answer. */
export type ApiErrorCode = DomainErrorCode | ServiceErrorCode;

export interface ApiErrorCodeEntry extends ErrorCodeEntry {
  code: ApiErrorCode;
  /** Who answers it: `service`, or the domain kind whose rule was broken (`shared`: several kinds). */
  kind: string;
}

/** The one list of every code the API can answer; docs/error-codes.md is printed from it. */
export const ERROR_CODES: readonly ApiErrorCodeEntry[] = [
  ...Object.entries(SERVICE_ERRORS).map(([code, entry]) => ({ code: code as ServiceErrorCode, kind: 'service', ...entry })),
  ...Object.entries(DOMAIN_ERRORS).flatMap(([kind, catalogue]) =>
    Object.entries(catalogue as ErrorCatalogue).map(([code, entry]) => ({ code: code as DomainErrorCode, kind, ...entry })),
  ),
];
