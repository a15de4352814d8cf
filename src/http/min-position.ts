import { GraphQLError } from 'graphql';

/**
 * The request header through which a client carries read-your-writes to another replica: the
 * position a mutation returned. A query sent with it waits (bounded) until this replica's read
 * models have applied that position, whichever replica took the write.
 */
export const MIN_POSITION_HEADER = 'x-thidua-min-position';

/** The position the header asks for (0 without one); a malformed value is the caller's error, not ignored. */
export function minPositionOf(header: string | undefined): number {
  if (header === undefined || header === '') return 0;
  const position = Number(header);
  if (!/^\d+$/.test(header.trim()) || !Number.isSafeInteger(position))
    throw new GraphQLError(
      `Tiêu đề ${MIN_POSITION_HEADER} phải là một số nguyên không âm (vị trí mà thao tác ghi đã trả về), nhận được "${header}".`,
      {
        extensions: { code: 'BAD_MIN_POSITION', http: { status: 400 } },
      },
    );
  return position;
}
