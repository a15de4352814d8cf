import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** A point of recorded time: a log position, or a date-time. */
export type AsOfValue = { position: number } | { time: number };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(
    `asOf phải là thời điểm ISO 8601 có múi giờ (ví dụ "2023-02-24T00:00:00+07:00"), một ngày "2023-02-24" (tính từ 00:00 giờ Việt Nam), hoặc một vị trí nhật ký (số nguyên ≥ 0); nhận được ${JSON.stringify(value)}.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

function parse(value: unknown): AsOfValue {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { position: value };
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return parse(Number(value));
    const text = DATE.test(value) ? `${value}T00:00:00+07:00` : value;
    const time = DATE_TIME.test(text) ? Date.parse(text) : Number.NaN;
    if (!Number.isNaN(time)) return { time };
  }
  throw invalid(value);
}

export const AsOfScalar = new GraphQLScalarType<AsOfValue, string | number>({
  name: 'AsOf',
  description:
    'Recorded time to read at ("as the service knew it then"): an ISO 8601 date-time with offset, a date (from 00:00 Vietnam time), or a log position. Later corrections are not visible.',
  serialize: (value) => {
    const v = value as AsOfValue;
    return 'position' in v ? v.position : new Date(v.time).toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT) return parse(Number(ast.value));
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw invalid(ast.kind);
  },
});

/** Options of every `asOf` argument; the scalar has parsed it already, so class-validator has nothing to check. */
export const AS_OF = { nullable: true, validate: false, description: 'Đọc như hệ thống biết tại thời điểm này' } as const;
