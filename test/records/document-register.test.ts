import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordsProjection } from '../../projections/records/records-projection';
import { ProjectionRunner } from '../../projections/runner';
import { domainUpcasters } from '../../src/domain/upcasters';
import { openStore } from '../../src/eventstore/open-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { Upcasters } from '../../src/eventstore/upcasters';
import { fitsCitation } from '../../src/records/domain/document/citation-match';
import { documentDecider, type DocumentEvent, type RegisterDocument } from '../../src/records/domain/document/document';
import { documentIdentity } from '../../src/records/domain/document/document-identity';
import { CouncilLevel, IssuerKind } from '../../src/records/domain/document/document-issuer';
import { DocumentKind } from '../../src/records/domain/document/document-kind';
import { DocumentRelationKind } from '../../src/records/domain/document/document-relation';
import { specification } from '../support/decider-specification';
import { specificationOf } from '../support/projection-specification';

const register: RegisterDocument = {
  type: 'RegisterDocument',
  documentId: 'kh-cum-9',
  citation: null,
  kind: DocumentKind.PLAN,
  number: null,
  issuedOn: '2020-02',
  issuerUnitId: null,
  issuerClusterId: 'cum-9',
  title: 'Kế hoạch tổ chức lễ ký kết giao ước thi đua năm 2020',
  issuerRegistered: true,
};
const registered = (
  documentId: string,
  number: string | null,
  issuedOn: string | null,
  issuerUnitId: string | null = null,
): DocumentEvent => ({
  type: 'DocumentRegistered',
  data: {
    documentId,
    kind: DocumentKind.DIRECTIVE,
    number,
    issuedOn,
    issuerUnitId,
    issuer: issuerUnitId ? { kind: IssuerKind.UNIT, id: issuerUnitId } : null,
    title: number ? null : 'Chỉ thị không số',
  },
});
const directive = registered('ct-02-2022', '02/CT-VKSTC', '2022-12-27', 'vks-toi-cao');

describe('document register: identity, issuers and partial dates (RegisterDocument)', () => {
  const given = specification(documentDecider);

  it('registers a document with no number by kind, issuer, title and a date known to the month', () =>
    given([])
      .when(register)
      .then([
        {
          type: 'DocumentRegistered',
          data: {
            documentId: 'kh-cum-9',
            kind: DocumentKind.PLAN,
            number: null,
            issuedOn: '2020-02',
            issuerUnitId: null,
            issuer: { kind: IssuerKind.CLUSTER, id: 'cum-9' },
            title: 'Kế hoạch tổ chức lễ ký kết giao ước thi đua năm 2020',
          },
        },
      ]));
  it('needs a number or a title: DOCUMENT_NUMBER_REQUIRED', () =>
    given([])
      .when({ ...register, title: '  ' })
      .thenThrows('DOCUMENT_NUMBER_REQUIRED', /trích yếu/));
  it('refuses an impossible date: DOCUMENT_DATE_INVALID', () =>
    given([])
      .when({ ...register, issuedOn: '2020-13' })
      .thenThrows('DOCUMENT_DATE_INVALID', /"2020-02"/));
  it('refuses a cluster not formed: ISSUER_NOT_FOUND', () =>
    given([])
      .when({ ...register, issuerRegistered: false })
      .thenThrows('ISSUER_NOT_FOUND', /Cụm\/Khối thi đua "cum-9"/));
  it('refuses an entry whose identity another document bears, naming it: DOCUMENT_DUPLICATE', () =>
    given([])
      .when({ ...register, number: '155/KH-CTĐ9', identityTakenBy: 'kh-155-cum-9' })
      .thenThrows('DOCUMENT_DUPLICATE', /với mã "kh-155-cum-9"/));
  it('registers when the document bearing the identity is itself (a retried registration)', () =>
    given([])
      .when({ ...register, identityTakenBy: 'kh-cum-9' })
      .then([expect.objectContaining({ type: 'DocumentRegistered' })]));
  it('refuses a correction into an identity another document bears: DOCUMENT_DUPLICATE', () =>
    given([directive])
      .when({
        type: 'CorrectDocument',
        documentId: 'ct-02-2022',
        changes: { issuedOn: '2021-01' },
        reason: 'Ghi nhầm',
        identityTakenBy: 'ct-02-2021',
      })
      .thenThrows('DOCUMENT_DUPLICATE', /"02\/CT-VKSTC"/));
  it('refuses two issuers: DOCUMENT_ISSUER_CONFLICT', () =>
    given([])
      .when({ ...register, issuerUnitId: 'vks-an-giang' })
      .thenThrows('DOCUMENT_ISSUER_CONFLICT'));
  const council = { id: 'hdtdkt-ag', name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang', level: CouncilLevel.PROVINCIAL };
  it('refuses a provincial council without its unit: COUNCIL_UNIT_REQUIRED', () =>
    given([])
      .when({ ...register, issuerClusterId: null, issuerCouncil: { ...council, unitId: null } })
      .thenThrows('COUNCIL_UNIT_REQUIRED'));
  it('accepts the sector council by name alone', () => {
    const sector = { id: 'hdtdkt-nganh', name: 'Hội đồng Thi đua – Khen thưởng ngành', level: CouncilLevel.SECTOR, unitId: null };
    const [event] = documentDecider.decide({ ...register, issuerClusterId: null, issuerCouncil: sector }, documentDecider.initialState());
    expect(event.data).toMatchObject({ issuer: { kind: IssuerKind.COUNCIL, ...sector }, issuerUnitId: null });
  });
});

describe('document register: completing, correcting and relating', () => {
  const given = specification(documentDecider);
  const correct = { type: 'CorrectDocument' as const, documentId: 'ct-02-2022', reason: 'Theo bản gốc' };

  it('completes what is not yet recorded', () =>
    given([directive])
      .when({ type: 'CompleteDocument', documentId: 'ct-02-2022', details: { signer: ' Lê Minh Trí ', pages: 3, title: null } })
      .then([{ type: 'DocumentCompleted', data: { documentId: 'ct-02-2022', details: { signer: 'Lê Minh Trí', pages: 3 } } }]));
  it('refuses to complete over a recorded detail: DOCUMENT_FIELD_RECORDED', () =>
    given([directive, { type: 'DocumentCompleted', data: { documentId: 'ct-02-2022', details: { pages: 3 } } }])
      .when({ type: 'CompleteDocument', documentId: 'ct-02-2022', details: { pages: 4 } })
      .thenThrows('DOCUMENT_FIELD_RECORDED', /correctDocument/));
  it('refuses a completion naming nothing: DOCUMENT_CHANGE_EMPTY', () =>
    given([directive]).when({ type: 'CompleteDocument', documentId: 'ct-02-2022', details: {} }).thenThrows('DOCUMENT_CHANGE_EMPTY'));
  it('corrects only what differs, with the reason', () =>
    given([directive])
      .when({ ...correct, changes: { number: '02/CT-VKSTC', issuedOn: '2022-12-26' } })
      .then([
        { type: 'DocumentCorrected', data: { documentId: 'ct-02-2022', changes: { issuedOn: '2022-12-26' }, reason: 'Theo bản gốc' } },
      ]));
  it('refuses a correction without a reason: REASON_REQUIRED', () =>
    given([directive])
      .when({ ...correct, changes: { pages: 2 }, reason: ' ' })
      .thenThrows('REASON_REQUIRED'));
  it('refuses to clear both number and title: DOCUMENT_NUMBER_REQUIRED', () =>
    given([directive])
      .when({ ...correct, changes: { number: null } })
      .thenThrows('DOCUMENT_NUMBER_REQUIRED'));
  it('refuses to correct a document not registered: DOCUMENT_NOT_FOUND', () =>
    given([])
      .when({ ...correct, changes: { pages: 2 } })
      .thenThrows('DOCUMENT_NOT_FOUND'));

  const relate = {
    type: 'RelateDocuments' as const,
    documentId: 'ct-02-2022',
    relation: DocumentRelationKind.REPLACES,
    relatedDocumentId: 'ct-02-2021',
    relatedOn: '2022-12-27',
    relatedRegistered: true,
  };
  const related: DocumentEvent = {
    type: 'DocumentsRelated',
    data: { documentId: 'ct-02-2022', relation: DocumentRelationKind.REPLACES, relatedDocumentId: 'ct-02-2021', relatedOn: '2022-12-27' },
  };
  it('relates a document to another, with the relation’s own date', () => given([directive]).when(relate).then([related]));
  it('records a relation once', () => given([directive, related]).when(relate).then([]));
  it('refuses a relation to itself: DOCUMENT_RELATED_TO_ITSELF', () =>
    given([directive])
      .when({ ...relate, relatedDocumentId: 'ct-02-2022' })
      .thenThrows('DOCUMENT_RELATED_TO_ITSELF'));
  it('refuses a relation to a document not registered: DOCUMENT_NOT_FOUND', () =>
    given([directive])
      .when({ ...relate, relatedRegistered: false })
      .thenThrows('DOCUMENT_NOT_FOUND', /ct-02-2021/));
});

describe('citations: every part given must fit', () => {
  const plan = (issuedOn: string | null, unitId: string) => ({
    number: '16/KH-VKS',
    issuedOn,
    kind: DocumentKind.PLAN,
    issuer: { kind: IssuerKind.UNIT as const, id: unitId },
  });
  const cited = { number: '16/kh-vks', issuedOn: '2023-01-05', kind: DocumentKind.PLAN, issuerId: null };

  it("does not take another province's plan 16 of 2024 for the plan of 05/01/2023", () => {
    expect(fitsCitation(cited, plan('2024-01-08', 'vks-dak-nong'))).toBe(false);
    expect(fitsCitation(cited, plan('2023-01-05', 'vks-lam-dong'))).toBe(true);
  });
  it('keeps a document whose date is known only to the month or unknown as a candidate', () => {
    expect(fitsCitation(cited, plan('2023-01', 'vks-lam-dong'))).toBe(true);
    expect(fitsCitation(cited, plan(null, 'vks-lam-dong'))).toBe(true);
    expect(fitsCitation(cited, plan('2023-02', 'vks-lam-dong'))).toBe(false);
  });
  it('checks the kind and the issuer when the citation gives them', () => {
    expect(fitsCitation({ ...cited, kind: DocumentKind.DECISION }, plan('2023-01-05', 'vks-lam-dong'))).toBe(false);
    expect(fitsCitation({ ...cited, issuerId: 'vks-dak-nong' }, plan('2023-01-05', 'vks-lam-dong'))).toBe(false);
  });
});

describe('records read model: corrections and relations', () => {
  const given = specificationOf(() => new RecordsProjection());
  const corrected: DocumentEvent = {
    type: 'DocumentCorrected',
    data: { documentId: 'ct-02-2022', changes: { number: '03/CT-VKSTC' }, reason: 'Nhập nhầm số' },
  };

  it('shows the version before a correction at its position, and finds the document by its corrected number only', () =>
    given(directive, corrected).then((records) => {
      expect(records.document('ct-02-2022', 1)?.number).toBe('02/CT-VKSTC');
      expect(records.document('ct-02-2022')?.number).toBe('03/CT-VKSTC');
      expect(records.documentsNumbered('02/CT-VKSTC')).toEqual([]);
      expect(records.documentsNumbered('02/CT-VKSTC', 1).map((d) => d.documentId)).toEqual(['ct-02-2022']);
      expect(records.documentsNumbered('03/CT-VKSTC').map((d) => d.documentId)).toEqual(['ct-02-2022']);
    }));
  it('shows a completion from its position on, the registered version before it', () =>
    given(directive, { type: 'DocumentCompleted', data: { documentId: 'ct-02-2022', details: { signer: 'Lê Minh Trí', pages: 3 } } }).then(
      (records) => {
        expect(records.document('ct-02-2022')).toMatchObject({ signer: 'Lê Minh Trí', pages: 3, title: null });
        expect(records.document('ct-02-2022', 1)).toMatchObject({ signer: null, pages: null });
      },
    ));
  it('reads a relation from both ends', () =>
    given(registered('ct-02-2021', '02/CT-VKSTC', '2021-01-04'), directive, {
      type: 'DocumentsRelated',
      data: { documentId: 'ct-02-2022', relation: DocumentRelationKind.REPLACES, relatedDocumentId: 'ct-02-2021', relatedOn: null },
    }).then((records) => {
      expect(records.documentRelations('ct-02-2022', 'from')).toEqual([
        { relation: DocumentRelationKind.REPLACES, documentId: 'ct-02-2021', relatedOn: null },
      ]);
      expect(records.documentRelations('ct-02-2021', 'to')).toEqual([
        { relation: DocumentRelationKind.REPLACES, documentId: 'ct-02-2022', relatedOn: null },
      ]);
      expect(records.documentRelations('ct-02-2021', 'to', 2)).toEqual([]);
    }));
});

describe('a store written before issuers other than units: DocumentRegistered version 1', () => {
  it('opens and reads the same, the issuer unit as the issuer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'document-v1-'));
    const filename = join(dir, 'events.sqlite');
    const v1 = {
      documentId: 'kh-12',
      kind: 'PLAN',
      number: '12/KH-VKS',
      issuedOn: '2022-01-10',
      issuerUnitId: 'vks-an-giang',
      title: null,
    };
    const old = new SqliteEventStore(filename);
    await old.append(
      'document-kh-12',
      [{ id: '7d0c1c1e-5f0e-4a36-9d3c-0000000000d1', type: 'DocumentRegistered', data: v1, metadata: {} }],
      'no_stream',
    );
    await old.append(
      'document-kh-13',
      [
        {
          id: '7d0c1c1e-5f0e-4a36-9d3c-0000000000d2',
          type: 'DocumentRegistered',
          data: { ...v1, documentId: 'kh-13', issuerUnitId: null },
          metadata: {},
        },
      ],
      'no_stream',
    );
    await old.close();
    const store = await openStore({ kind: 'sqlite', filename }, new Upcasters(domainUpcasters));
    try {
      expect((await store.readStream('document-kh-12'))[0].data).toStrictEqual({ ...v1, issuer: { kind: 'UNIT', id: 'vks-an-giang' } });
      expect((await store.readStream('document-kh-13'))[0].data).toMatchObject({ issuerUnitId: null, issuer: null });
      const records = new RecordsProjection();
      const runner = new ProjectionRunner(store, [records]);
      await runner.start();
      expect(records.document('kh-12')).toMatchObject({ number: '12/KH-VKS', issuedOn: '2022-01-10', issuerUnitId: 'vks-an-giang' });
      expect(records.documentsNumbered('12/KH-VKS').map((d) => d.documentId)).toEqual(['kh-12', 'kh-13']);
      await runner.stop();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('document identity: issuer, kind, number and year, or none', () => {
  const unit = { kind: IssuerKind.UNIT as const, id: 'vks-toi-cao' };
  const details = { kind: DocumentKind.DIRECTIVE, number: '02/CT-VKSTC', issuedOn: '2022-12-27' };

  it('is one for the same number written with other spacing or case, in the same year whatever the day', () =>
    expect(documentIdentity(unit, { ...details, number: '02/ct - vkstc', issuedOn: '2022-03' })).toBe(documentIdentity(unit, details)));
  it('differs by year, by issuer and by kind', () => {
    const identity = documentIdentity(unit, details);
    expect(documentIdentity(unit, { ...details, issuedOn: '2021-12-27' })).not.toBe(identity);
    expect(documentIdentity({ ...unit, id: 'vks-an-giang' }, details)).not.toBe(identity);
    expect(documentIdentity(unit, { ...details, kind: DocumentKind.PLAN })).not.toBe(identity);
  });
  it('is none without an issuer, a number or a year: nothing then says two entries are one document', () => {
    expect(documentIdentity(null, details)).toBeNull();
    expect(documentIdentity(unit, { ...details, number: null })).toBeNull();
    expect(documentIdentity(unit, { ...details, issuedOn: null })).toBeNull();
  });
});
