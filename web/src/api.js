/** What the page says when the service refuses, by the stable code it answers with. */
const REFUSALS = {
  UNAUTHENTICATED: 'Token không hợp lệ hoặc đã hết hạn: lấy token mới (npm run token) rồi dán vào ô Token.',
  FORBIDDEN: 'Token này không được xem nội dung này.',
  RATE_LIMITED: 'Máy chủ đang bận: đợi một lát rồi thử lại.',
};

/** An error whose message a person can read and act on, in Vietnamese. */
export class PageError extends Error {}

async function request(path, token, init = {}) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
  } catch {
    throw new PageError('Không kết nối được máy chủ: kiểm tra mạng rồi thử lại.');
  }
  return response;
}

/** The error of a refused answer, the service's own (Vietnamese) message unless a code says it better. */
function refusal(body, status) {
  const error = body?.errors?.[0];
  const code = error?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : status === 429 ? 'RATE_LIMITED' : null);
  return new PageError(REFUSALS[code] ?? error?.message ?? `Máy chủ trả lỗi ${status}: thử lại sau.`);
}

/** Calls the service's public GraphQL API with the officer's token. */
export async function graphql(token, query, variables = {}) {
  const response = await request('/graphql', token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || body.errors?.length) throw refusal(body, response.status);
  return body.data;
}

/** Fetches an export (a PDF, a print page) with the token, since a plain link cannot carry it. */
export async function download(token, path) {
  const response = await request(path, token);
  if (!response.ok) throw refusal(await response.json().catch(() => null), response.status);
  return response;
}

/** 2022-02-22 → 22/02/2022 */
export const viDate = (iso) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
export const viDateTime = (iso) => (iso ? `${viDate(iso)} ${new Date(iso).toLocaleTimeString('vi-VN')}` : '');
export const points = (value) => (value === null || value === undefined ? '' : Number(value).toFixed(2));
export const escape = (text) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Reads a date typed as dd/mm/yyyy (or d/m/yyyy, with / . or -) into yyyy-mm-dd; null for an empty
 * field; throws a PageError for anything else, including dates that do not exist (31/02).
 */
export function parseViDate(text) {
  const value = text.trim();
  if (!value) return null;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [day, month, year] = match ? match.slice(1).map(Number) : [];
  const date = match && new Date(Date.UTC(year, month - 1, day));
  if (!date || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1)
    throw new PageError(`Ngày "${value}" không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2022.`);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
