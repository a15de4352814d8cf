import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';

/**
 * Why the server closes a socket: a close code (graphql-ws's own 4400–4429 keep their meaning;
 * 1013 is the standard "try again later") and a reason that starts with a stable code, then says
 * in Vietnamese what to do. A close frame carries at most 123 bytes of reason: keep them short.
 */
export type Closing = readonly [code: number, reason: string];

export const CLOSING = {
  unauthenticated: [CloseCode.Unauthorized, 'UNAUTHENTICATED: gửi {"authorization":"Bearer <token>"} trong connection_init'],
  tokenExpired: [CloseCode.Unauthorized, 'TOKEN_EXPIRED: token đã hết hạn; kết nối lại với token mới'],
  initTimeout: (ms: number): Closing => [
    CloseCode.ConnectionInitialisationTimeout,
    `INIT_TIMEOUT: chưa nhận connection_init hợp lệ sau ${ms} ms; gửi ngay khi mở kết nối`,
  ],
  full: (max: number): Closing => [1013, `TRY_AGAIN_LATER: máy chủ đã đủ ${max} kết nối`],
  unauthenticatedFull: [1013, 'TRY_AGAIN_LATER: máy chủ có quá nhiều kết nối chưa xác thực; thử lại sau'],
  unauthenticatedFromAddress: (max: number): Closing => [
    1013,
    `TOO_MANY_UNAUTHENTICATED: đã có ${max} kết nối chưa xác thực từ địa chỉ này`,
  ],
  slowConsumer: [4503, 'SLOW_CONSUMER: nhận chậm hơn tốc độ sự kiện; hãy kết nối lại và đọc lại trạng thái'],
  internal: [CloseCode.InternalServerError, 'INTERNAL_SERVER_ERROR'],
} as const satisfies Record<string, Closing | ((limit: number) => Closing)>;

/** A refused peer has this long to answer the close; then its connection is cut, so refusals cannot pile up. */
const REFUSAL_GRACE_MS = 1000;

/** Closes the socket saying why, and cuts it off if the peer does not answer in time. */
export function closeWith(socket: WebSocket, [code, reason]: Closing, graceMs = REFUSAL_GRACE_MS): void {
  socket.close(code, reason);
  setTimeout(() => socket.terminate(), graceMs).unref();
}
