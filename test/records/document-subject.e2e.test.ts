import { RecordsProjection } from '../../projections/records/records-projection';
import { documentDecider, type CompleteDocumentSubject } from '../../src/records/domain/document/document';
import { DocumentKind } from '../../src/records/domain/document/document-kind';
import { specification } from '../support/decider-specification';
import { mutate, ok } from '../support/mutations';
import { specificationOf } from '../support/projection-specification';
import { startService, type TestService } from '../support/service';

/** A report cites "Kế hoạch số 12/KH-VKS ngày 10/01/2022" and says what it is about only later. */
const registered = {
  type: 'DocumentRegistered' as const,
  data: {
    documentId: 'kh-12',
    kind: DocumentKind.PLAN,
    number: '12/KH-VKS',
    issuedOn: '2022-01-10',
    issuerUnitId: null,
    issuer: null,
    title: null,
  },
};
const subject = 'Tổ chức lễ ký kết giao ước thi đua năm 2022';
const complete: CompleteDocumentSubject = { type: 'CompleteDocumentSubject', documentId: 'kh-12', title: subject, reason: null };
const completed = (title: string, reason: string | null = null) => ({
  type: 'DocumentSubjectCompleted' as const,
  data: { documentId: 'kh-12', title, reason },
});

describe('document register: CompleteDocumentSubject', () => {
  const given = specification(documentDecider);

  it('records the subject of a document registered without one', () =>
    given([registered])
      .when(complete)
      .then([completed(subject)]));
  it('trims it as a person would have typed it', () =>
    given([registered])
      .when({ ...complete, title: `  ${subject} ` })
      .then([completed(subject)]));
  it('records nothing when the subject is already the one given', () =>
    given([registered, completed(subject)])
      .when(complete)
      .then([]));
  it('refuses to change a recorded subject without a reason: REASON_REQUIRED', () =>
    given([registered, completed(subject)])
      .when({ ...complete, title: 'Sơ kết 6 tháng' })
      .thenThrows('REASON_REQUIRED'));
  it('corrects a recorded subject with its reason', () =>
    given([registered, completed(subject)])
      .when({ ...complete, title: 'Sơ kết 6 tháng', reason: 'Nhập nhầm trích yếu' })
      .then([completed('Sơ kết 6 tháng', 'Nhập nhầm trích yếu')]));
  it('refuses a document not in the register: DOCUMENT_NOT_FOUND', () => given([]).when(complete).thenThrows('DOCUMENT_NOT_FOUND'));
});

describe('records read model: a completed subject', () => {
  const given = specificationOf(() => new RecordsProjection());

  it('shows the subject from its position on, and none before it', () =>
    given(registered, completed(subject)).then((records) => {
      expect(records.document('kh-12')?.title).toBe(subject);
      expect(records.document('kh-12', 1)?.title).toBeNull();
    }));
});

describe('over HTTP: completeDocumentSubject', () => {
  let service: TestService;
  const documentAt = async (asOf: number | null) =>
    (await service.gql(`query($asOf: AsOf) { document(id: "kh-12-2022", asOf: $asOf) { title } }`, { asOf })).data!.document;

  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.stop());

  it('completes the subject, and a correction needs its reason; a refusal writes nothing', async () => {
    const { position } = await ok(service, 'registerDocument', {
      documentId: 'kh-12-2022',
      citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022',
    });
    expect((await ok(service, 'completeDocumentSubject', { documentId: 'kh-12-2022', title: subject })).eventTypes).toEqual([
      'DocumentSubjectCompleted',
    ]);
    expect(await documentAt(null)).toEqual({ title: subject });
    expect(await documentAt(position)).toEqual({ title: null });

    const head = await service.store.headPosition();
    const refusals = [
      await mutate(service, 'completeDocumentSubject', { documentId: 'kh-12-2022', title: 'Sơ kết 6 tháng' }),
      await mutate(service, 'completeDocumentSubject', { documentId: 'khong-co', title: subject }),
      await mutate(service, 'completeDocumentSubject', { documentId: 'kh-12-2022', title: '   ' }),
    ];
    expect(refusals.map((answer) => answer.errors?.[0].extensions?.code)).toEqual([
      'REASON_REQUIRED',
      'DOCUMENT_NOT_FOUND',
      'BAD_USER_INPUT',
    ]);
    expect(refusals[0].errors![0].message).toContain('phải nêu lý do');
    expect(await service.store.headPosition()).toBe(head);

    await ok(service, 'completeDocumentSubject', { documentId: 'kh-12-2022', title: 'Sơ kết 6 tháng', reason: 'Nhập nhầm trích yếu' });
    expect(await documentAt(null)).toEqual({ title: 'Sơ kết 6 tháng' });
  });
});
