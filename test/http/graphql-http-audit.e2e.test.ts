import { serverAudits, type AuditResult } from 'graphql-http';
import { Role } from '../../src/kernel/actor';
import { startService, type TestService } from '../support/service';

/** Audits of GET requests: they pass only if a GET needs no header beyond the bearer token. */
const GET_AUDITS = ['5A70', 'D6D5', '6A70'];

type Fetch = typeof fetch;

const withToken =
  (token: string): Fetch =>
  (input, init = {}) =>
    fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });

/** Runs every audit of the GraphQL-over-HTTP spec one after another (their order then decides what is kept). */
async function audit(url: string, fetchFn: Fetch): Promise<Map<string, AuditResult>> {
  const results = new Map<string, AuditResult>();
  for (const { id, fn } of serverAudits({ url, fetchFn })) results.set(id, await fn());
  return results;
}

const failures = (results: Map<string, AuditResult>, ids: string[] = [...results.keys()]) =>
  ids.flatMap((id) => {
    const result = results.get(id)!;
    return result.status === 'ok' ? [] : [`${id} ${result.name}: ${result.reason}`];
  });

describe('the GraphQL-over-HTTP conformance audit (graphql-http) passes the same whether an answer is run or kept', () => {
  let service: TestService;
  /** Every request of the audit with a token of its own: no answer can come from another request's. */
  let fresh: Map<string, AuditResult>;
  /** Every request of the audit sent twice with one token: the audit judges the second answer, the kept one. */
  let twice: Map<string, AuditResult>;

  beforeAll(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '100000' });
    let callers = 0;
    const ownToken: Fetch = async (input, init) =>
      withToken(await service.token(`kiem-thu-${(callers += 1)}`, { role: Role.ADMIN }))(input, init);
    fresh = await audit(service.url, ownToken);

    const sameToken = withToken(await service.token('kiem-thu-lap-lai', { role: Role.ADMIN }));
    const sentTwice: Fetch = async (input, init) => {
      await (await sameToken(input, init)).arrayBuffer();
      return sameToken(input, init);
    };
    twice = await audit(service.url, sentTwice);
  }, 120_000);
  afterAll(() => service.stop());

  it('every MUST audit passes, for a run answer and for a kept one', () => {
    const must = [...fresh.values()].filter((result) => result.name.startsWith('MUST')).map((result) => result.id);
    expect(must.length).toBeGreaterThan(10);
    expect(failures(fresh, must)).toEqual([]);
    expect(failures(twice, must)).toEqual([]);
  });

  it('no audit that a run answer passes fails when the answer is kept (content type by Accept, refusals alike)', () => {
    const passedFresh = [...fresh.values()].filter((result) => result.status === 'ok').map((result) => result.id);
    expect(failures(twice, passedFresh)).toEqual([]);
  });

  it('GET reads need only the bearer token (no preflight header), run or kept', () => {
    expect(failures(fresh, GET_AUDITS)).toEqual([]);
    expect(failures(twice, GET_AUDITS)).toEqual([]);
  });
});
