import type { At } from '../../projections/history';

/**
 * The GraphQL `id` of an object read at `at`. Normalising clients (Apollo Client, urql's graphcache,
 * Relay) key objects by `__typename` + `id`: a read `asOf` a past position must not overwrite the
 * current object, so it gets `<key>@<position>`, the same for every read at that position. The
 * current object keeps its plain key, which subscriptions and mutations update.
 */
export function cacheId(key: string, at: At): string {
  return at === 'current' ? key : `${key}@${at}`;
}

export const CACHE_ID_DESCRIPTION =
  'Khóa cho bộ nhớ đệm của client: khóa của đối tượng khi đọc hiện tại, `<khóa>@<vị trí nhật ký>` khi đọc với asOf (không bao giờ trùng với đối tượng hiện tại).';
