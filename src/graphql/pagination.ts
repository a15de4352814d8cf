import { GraphQLError } from 'graphql';
import type { PageArgs } from './page-args';
import type { Page } from './connection';

const DEFAULT_PAGE_SIZE = 50;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** A cursor names the item (not its offset), so a page stays put when items are added before it. */
export const cursorOf = (key: string) => Buffer.from(`k:${key}`).toString('base64url');

function keyOf(cursor: string, argument: string): string {
  const text = Buffer.from(cursor, 'base64url').toString();
  if (!text.startsWith('k:'))
    throw badInput(`Con trỏ "${argument}" không hợp lệ: dùng startCursor hoặc endCursor của một trang của cùng danh sách.`);
  return text.slice(2);
}

function indexOf<T>(items: readonly T[], key: (item: T) => string, cursor: string, argument: string): number {
  const wanted = keyOf(cursor, argument);
  const index = items.findIndex((item) => key(item) === wanted);
  if (index < 0)
    throw badInput(`Con trỏ "${argument}" chỉ tới phần tử "${wanted}" không còn trong danh sách với bộ lọc này; hãy đọc lại từ đầu.`);
  return index;
}

/**
 * One page of an ordered list by the Relay cursor connection rules: "after"/"before" narrow the
 * list, then "first" keeps its head or "last" its tail. Page info is exact both ways, since the
 * whole list is at hand.
 */
export function paginate<T>(items: readonly T[], key: (item: T) => string, args: PageArgs): Page<T> {
  const { first, last, after, before } = args;
  if (first != null && last != null)
    throw badInput('Chỉ dùng một trong "first" (trang tiếp theo) hoặc "last" (trang trước đó), không dùng cả hai.');
  let start = after ? indexOf(items, key, after, 'after') + 1 : 0;
  let end = before ? indexOf(items, key, before, 'before') : items.length;
  if (end < start) end = start;
  if (last != null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  const nodes = items.slice(start, end);
  const edges = nodes.map((node) => ({ cursor: cursorOf(key(node)), node }));
  return {
    edges,
    nodes,
    totalCount: items.length,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
