import { Role } from '../../src/kernel/actor';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CRITERIA_SET, registerCluster } from '../support/year-scenario';

const THEN = `query Then($asOf: AsOf) {
  criteriaSet(id: "${CRITERIA_SET.criteriaSetId}", asOf: $asOf) { version legalBasis legalBasisDocument { documentId number citation title } }
}`;

/**
 * The reported attack: `criteriaSet(asOf: P)` resolved its legal basis against today's register,
 * so a document registered after P appeared in the answer "as known at P"; two auditors asking
 * the same question got different answers, and the first was marked immutable and kept a year.
 */
describe('criteriaSet asOf P whose legal-basis document is registered after P', () => {
  let service: TestService;
  let position: number;
  const auditors: string[] = [];

  const ask = async (auditor: number, asOf: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditors[auditor]}`, ...headers },
      body: JSON.stringify({ query: THEN, variables: { asOf } }),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  beforeAll(async () => {
    service = await startService();
    for (const sub of ['kiem-toan-1', 'kiem-toan-2', 'kiem-toan-3'])
      auditors.push(await service.token(sub, { role: Role.AUDITOR, name: `Kiểm toán viên ${sub}` }));
    await registerCluster(service);
    position = await service.store.headPosition();
  }, 60_000);
  afterAll(() => service.stop());

  it('answers "then" without the later document, the same bytes for every auditor before and after it was registered', async () => {
    const first = await ask(0, position);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.criteriaSet[0].legalBasisDocument).toEqual({
      documentId: null,
      number: CRITERIA_SET.legalBasis,
      citation: expect.any(String),
      title: null,
    });
    expect(first.headers.get('cache-control')).toMatch(/immutable/);

    await ok(service, 'registerDocument', {
      documentId: 'qd-424',
      citation: `Quyết định số ${CRITERIA_SET.legalBasis} ngày 15/12/2020`,
      title: 'Ban hành bộ tiêu chí chấm điểm thi đua',
    });
    const now = await ask(1, null);
    expect(JSON.parse(now.text).data.criteriaSet[0].legalBasisDocument.documentId).toBe('qd-424');

    // The second auditor has nothing kept: the question runs, at P, and answers what the first was told.
    const second = await ask(1, position);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    // The same position named by the time it was recorded, and the first auditor again.
    const [recorded] = await service.store.readAll({ after: position - 1, maxCount: 1 });
    expect((await ask(2, recorded.recordedAt)).text).toBe(first.text);
    expect((await ask(0, position)).text).toBe(first.text);
    // What the first auditor keeps for a year is still what the question answers: its tag revalidates.
    expect((await ask(0, position, { 'if-none-match': first.headers.get('etag')! })).status).toBe(304);
  });
});
