import { LIMITS } from '../../src/http/hardening';
import { mutate } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { ENGLISH, VIETNAMESE } from '../support/vietnamese';
import { CLUSTER } from '../support/year-scenario';

interface Answer {
  status: number;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('every message a person sees is Vietnamese, with a stable English code beside it', () => {
  let service: TestService;
  let admin: string;
  const base = () => service.url.replace('/graphql', '');
  const json = async (response: Response): Promise<Answer> => ({ status: response.status, ...((await response.json()) as object) });

  beforeAll(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '100000', THIDUA_INTROSPECTION: 'false' });
    admin = await service.token('admin-vi', { role: 'ADMIN' as never, name: 'Quản trị' });
  });
  afterAll(() => service.stop());

  const signed = { clusterId: CLUSTER, year: 2022, unitId: 'tan-chau', signatoryName: 'Người ký', signatoryPosition: 'Viện trưởng' };
  const score = { clusterId: CLUSTER, year: 2022, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF' };
  const cases: [name: string, send: () => Promise<Answer>, code: string, expected: RegExp][] = [
    [
      'a date that is not a LocalDate (variable)',
      () => mutate(service, 'signAgreement', { ...signed, signedOn: '22/02/2022' }, admin),
      'BAD_USER_INPUT',
      /"22\/02\/2022" không phải ngày hợp lệ; ghi theo dạng YYYY-MM-DD/,
    ],
    [
      'a date that is not a LocalDate (literal)',
      () =>
        service.gql(
          `mutation { signAgreement(input: { clusterId: "${CLUSTER}", year: 2022, unitId: "x", signedOn: "hôm qua" }) { position } }`,
          {},
          admin,
        ),
      'GRAPHQL_VALIDATION_FAILED',
      /không phải ngày hợp lệ/,
    ],
    [
      'a required argument left out',
      () => service.gql(`{ rankings(clusterId: "${CLUSTER}") { units { unitId } } }`, {}, admin),
      'GRAPHQL_VALIDATION_FAILED',
      /Thiếu tham số bắt buộc "year" \(kiểu Int!\) của trường "rankings"/,
    ],
    [
      'negative points',
      () => mutate(service, 'recordScore', { ...score, points: -1 }, admin),
      'BAD_USER_INPUT',
      /"points" không được nhỏ hơn 0/,
    ],
    [
      'points far too high',
      () => mutate(service, 'recordScore', { ...score, points: 1e9 }, admin),
      'BAD_USER_INPUT',
      /"points" không được lớn hơn 100000/,
    ],
    [
      'a year of the wrong type',
      () => mutate(service, 'recordScore', { ...score, year: 'hai nghìn', points: 1 }, admin),
      'BAD_USER_INPUT',
      /phải là số nguyên/,
    ],
    [
      'a stage outside the enum',
      () => mutate(service, 'recordScore', { ...score, stage: 'TODAY', points: 1 }, admin),
      'BAD_USER_INPUT',
      /không thuộc danh sách ScoreStage/,
    ],
    [
      'a required input field missing',
      () => mutate(service, 'recordScore', { ...score }, admin),
      'BAD_USER_INPUT',
      /thiếu trường bắt buộc "points"/,
    ],
    [
      'an unknown input field',
      () => mutate(service, 'recordScore', { ...score, points: 1, diem: 1 }, admin),
      'BAD_USER_INPUT',
      /không có trường "diem"/,
    ],
    [
      'an unknown field',
      () => service.gql('{ titlez { titleId } }', {}, admin),
      'GRAPHQL_VALIDATION_FAILED',
      /Kiểu Query không có trường "titlez"/,
    ],
    [
      'an unused variable',
      () => service.gql('query($d: Int) { titles { titleId } }', {}, admin),
      'GRAPHQL_VALIDATION_FAILED',
      /Biến \$d được khai báo nhưng không được dùng/,
    ],
    [
      'a query with a syntax error',
      () => service.post({ query: '{ titles { titleId }' }, admin),
      'GRAPHQL_PARSE_FAILED',
      /sai cú pháp ở dòng 1, cột \d+/,
    ],
    ['no query at all', () => service.post({ variables: {} }, admin), 'BAD_REQUEST', /cần một truy vấn GraphQL/],
    [
      'introspection in production',
      () => service.gql('{ __schema { types { name } } }', {}, admin),
      'GRAPHQL_VALIDATION_FAILED',
      /introspection/,
    ],
    [
      'too deep',
      () => service.gql(`{ units { ${'parent { '.repeat(LIMITS.maxDepth + 2)}id${' }'.repeat(LIMITS.maxDepth + 2)} } }`, {}, admin),
      'QUERY_TOO_DEEP',
      /lồng quá sâu: \d+ tầng, tối đa 10 tầng/,
    ],
    [
      'too many aliases',
      () => service.gql(`{ ${Array.from({ length: 25 }, (_, i) => `a${i}: titles { titleId }`).join(' ')} }`, {}, admin),
      'TOO_MANY_ALIASES',
      /quá nhiều bí danh \(alias\): 25, tối đa 20/,
    ],
    [
      'too many tokens',
      () => service.gql(`{ titles { ${'titleId '.repeat(LIMITS.maxTokens)} } }`, {}, admin),
      'TOO_MANY_TOKENS',
      /vượt giới hạn 5000 token/,
    ],
    [
      'a batch',
      () => service.post([{ query: '{ titles { titleId } }' }, { query: '{ titles { name } }' }], admin),
      'BAD_REQUEST',
      /chỉ được chứa một thao tác/,
    ],
    [
      'a body that is not JSON',
      async () => json(await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' })),
      'BAD_REQUEST',
      /không phải JSON hợp lệ/,
    ],
    [
      'a body too large',
      () => service.post({ query: '{ titles { titleId } }', variables: { pad: 'x'.repeat(1_100_000) } }, admin),
      'PAYLOAD_TOO_LARGE',
      /quá lớn: tối đa 1 MB/,
    ],
    [
      'a GET without a token (what a cross-site page could send)',
      async () => json(await fetch(`${service.url}?query=%7Btitles%7BtitleId%7D%7D`)),
      'UNAUTHENTICATED',
      /Chưa xác thực: gửi kèm header "Authorization: Bearer <token>"/,
    ],
    [
      'a mutation by GET',
      async () =>
        json(
          await fetch(
            `${service.url}?query=${encodeURIComponent('mutation { finalizeScores(input: { clusterId: "x", year: 2022 }) { position } }')}`,
            { headers: { authorization: `Bearer ${admin}` } },
          ),
        ),
      'MUTATION_REQUIRES_POST',
      /thao tác mutation phải gửi bằng POST/,
    ],
    ['an unknown route', async () => json(await fetch(`${base()}/khong-co`)), 'NOT_FOUND', /Không có đường dẫn GET \/khong-co/],
    ['no token', () => service.post({ query: '{ titles { titleId } }' }), 'UNAUTHENTICATED', /Chưa xác thực/],
    [
      'a forged token',
      () =>
        service.post(
          { query: '{ titles { titleId } }' },
          `${admin.slice(0, admin.lastIndexOf('.') + 1)}${Buffer.alloc(64, 7).toString('base64url')}`,
        ),
      'UNAUTHENTICATED',
      /chữ ký của token không khớp/,
    ],
    [
      'a token with a role the service does not know',
      async () => service.post({ query: '{ titles { titleId } }' }, await service.token('khach', { role: 'GUEST' as never })),
      'UNAUTHENTICATED',
      /vai trò \(role\) trong token phải là một trong/,
    ],
    [
      'a token that is not a JWT',
      () => service.post({ query: '{ titles { titleId } }' }, 'khong-phai-token'),
      'UNAUTHENTICATED',
      /token sai định dạng/,
    ],
  ];

  it.each(cases)('%s', async (_name, send, code, expected) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors!) {
      expect(error.extensions?.code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(error.message).toMatch(VIETNAMESE);
      expect(error.message).not.toMatch(ENGLISH);
    }
    expect(response.errors![0].extensions!.code).toBe(code);
    expect(response.errors![0].message).toMatch(expected);
  });

  it('says when to try again after the rate limit, in seconds and in Vietnamese', async () => {
    const limited = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const token = await limited.token('voi-vang', { role: 'AUDITOR' as never });
      let response = await limited.gql('{ titles { titleId } }', {}, token);
      for (let i = 0; i < 3 && response.status !== 429; i += 1) response = await limited.gql('{ titles { titleId } }', {}, token);
      expect(response.status).toBe(429);
      expect(response.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(response.errors![0].message).toMatch(/thử lại sau \d+ giây\.$/);
    } finally {
      await limited.stop();
    }
  });
});
