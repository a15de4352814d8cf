/** Calls the service's public GraphQL API with the officer's token; throws with the server's message. */
export async function graphql(token, query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].message} (${body.errors[0].extensions?.code ?? response.status})`);
  return body.data;
}

/** 2022-02-22 → 22/02/2022 */
export const viDate = (iso) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
export const viDateTime = (iso) => (iso ? `${viDate(iso)} ${new Date(iso).toLocaleTimeString('vi-VN')}` : '');
export const points = (value) => (value === null || value === undefined ? '' : Number(value).toFixed(2));
export const escape = (text) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
