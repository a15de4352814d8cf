import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, registerCluster } from '../support/year-scenario';

/**
 * The Supreme Procuracy numbers its directives anew every year: "Chỉ thị số 02/CT-VKSTC" exists for
 * 2021 and for 2022. A 2023 agreement citing the one of 27/12/2022 must read that one, never the
 * first registered; a citation that fits both answers the ambiguity with both candidates.
 */
describe('over HTTP: a citation resolves on every part it gives', () => {
  let service: TestService;
  const DIRECTIVE_2022 = 'Chỉ thị số 02/CT-VKSTC ngày 27/12/2022';

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerUnit', { unitId: 'vks-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'SUPREME' });
    await ok(service, 'registerDocument', {
      documentId: 'ct-02-2021',
      citation: 'Chỉ thị số 02/CT-VKSTC ngày 04/01/2021',
      issuerUnitId: 'vks-toi-cao',
    });
    await ok(service, 'registerDocument', { documentId: 'ct-02-2022', citation: DIRECTIVE_2022, issuerUnitId: 'vks-toi-cao' });
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2023, memberUnitIds: MEMBERS });
    await ok(service, 'draftAgreement', { clusterId: CLUSTER, year: 2023, legalBases: [DIRECTIVE_2022], ceremonyDate: '2023-02-24' });
  }, 60_000);
  afterAll(() => service.stop());

  it("reads the 2023 agreement's legal basis as the directive of 27/12/2022, not the first 02/CT-VKSTC registered", async () => {
    const { agreement } = (
      await service.gql(
        `{ clusterYear(clusterId: "${CLUSTER}", year: 2023) { agreement { legalBasisDocuments { documentId issuedOn } } } }`,
      )
    ).data!.clusterYear;
    expect(agreement.legalBasisDocuments).toEqual([{ documentId: 'ct-02-2022', issuedOn: '2022-12-27' }]);
    const { readCitation } = (await service.gql(`{ readCitation(text: "${DIRECTIVE_2022}") { documentId } }`)).data!;
    expect(readCitation).toEqual({ documentId: 'ct-02-2022' });
  });

  it('answers an ambiguous citation with its code and both candidates, and keeps an unmatched one as unresolved text', async () => {
    const ambiguous = await service.gql(`{ readCitation(text: "Chỉ thị số 02/CT-VKSTC") { documentId } }`);
    expect(ambiguous.errors?.[0].extensions?.code).toBe('DOCUMENT_CITATION_AMBIGUOUS');
    expect(ambiguous.errors?.[0].message).toContain('hãy nêu thêm ngày ban hành');
    expect((ambiguous.errors?.[0].extensions?.candidates as { documentId: string }[]).map((c) => c.documentId).sort()).toEqual([
      'ct-02-2021',
      'ct-02-2022',
    ]);
    const { readCitation } = (
      await service.gql(`{ readCitation(text: "Chỉ thị số 02/CT-VKSTC ngày 03/01/2020") { documentId resolution citedAs number } }`)
    ).data!;
    expect(readCitation).toEqual({
      documentId: null,
      resolution: 'UNRESOLVED',
      citedAs: 'Chỉ thị số 02/CT-VKSTC ngày 03/01/2020',
      number: '02/CT-VKSTC',
    });
  });

  it("tells one province's plan 16/KH-VKS from another's by the date, and by the issuer when the date is the same", async () => {
    await ok(service, 'registerUnit', { unitId: 'vks-lam-dong', name: 'Viện kiểm sát nhân dân tỉnh Lâm Đồng', level: 'PROVINCIAL' });
    await ok(service, 'registerDocument', {
      documentId: 'kh-16-ag-2023',
      citation: 'Kế hoạch số 16/KH-VKS ngày 05/01/2023',
      issuerUnitId: 'vks-an-giang',
    });
    await ok(service, 'registerDocument', {
      documentId: 'kh-16-ld-2024',
      citation: 'Kế hoạch số 16/KH-VKS ngày 05/01/2024',
      issuerUnitId: 'vks-lam-dong',
    });
    await ok(service, 'registerDocument', {
      documentId: 'kh-16-ld-2023',
      citation: 'Kế hoạch số 16/KH-VKS ngày 05/01/2023',
      issuerUnitId: 'vks-lam-dong',
    });
    const read = (issuer: string | null) =>
      service.gql(`query($issuer: ID) { readCitation(text: "Kế hoạch số 16/KH-VKS ngày 05/01/2023", issuerId: $issuer) { documentId } }`, {
        issuer,
      });
    const both = await read(null);
    expect(both.errors?.[0].extensions?.code).toBe('DOCUMENT_CITATION_AMBIGUOUS');
    expect((both.errors?.[0].extensions?.candidates as { documentId: string }[]).map((c) => c.documentId).sort()).toEqual([
      'kh-16-ag-2023',
      'kh-16-ld-2023',
    ]);
    expect((await read('vks-an-giang')).data!.readCitation).toEqual({ documentId: 'kh-16-ag-2023' });
    expect((await read('vks-lam-dong')).data!.readCitation).toEqual({ documentId: 'kh-16-ld-2023' });
  });

  it('registers an unnumbered plan of a cluster, dated to the month, and a council decision', async () => {
    await refused(
      service,
      'registerDocument',
      { documentId: 'kh-cum', kind: 'PLAN', issuerClusterId: CLUSTER },
      'DOCUMENT_NUMBER_REQUIRED',
    );
    await refused(
      service,
      'registerDocument',
      { documentId: 'kh-cum', kind: 'PLAN', title: 'Kế hoạch', issuerClusterId: 'khong-co' },
      'ISSUER_NOT_FOUND',
    );
    await refused(
      service,
      'registerDocument',
      { documentId: 'kh-cum', kind: 'PLAN', title: 'Kế hoạch', issuerClusterId: CLUSTER, issuedOn: '2020-02-14', issuedIn: '2020-02' },
      'BAD_USER_INPUT',
    );
    await refused(
      service,
      'registerDocument',
      { documentId: 'kh-cum', kind: 'PLAN', title: 'Kế hoạch', issuedIn: '14/02/2020' },
      'BAD_USER_INPUT',
    );
    await ok(service, 'registerDocument', {
      documentId: 'kh-cum-2020',
      kind: 'PLAN',
      title: 'Kế hoạch tổ chức lễ ký kết giao ước thi đua năm 2020',
      issuedIn: '2020-02',
      issuerClusterId: CLUSTER,
    });
    await ok(service, 'registerDocument', {
      documentId: 'qd-hd-ag',
      citation: 'Quyết định số 35/QĐ-HĐTĐKT ngày 12/01/2024',
      issuerCouncil: {
        councilId: 'hdtdkt-an-giang',
        name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
        level: 'PROVINCIAL',
        unitId: 'vks-an-giang',
      },
    });
    const { plan, decision } = (
      await service.gql(`{ plan: document(id: "kh-cum-2020") { number numbered issuedOn issued { year month day precision text iso } issuer { kind id } citation }
        decision: document(id: "qd-hd-ag") { issuer { kind id name level unitId } issuerUnitId } }`)
    ).data!;
    expect(plan).toEqual({
      number: '',
      numbered: false,
      issuedOn: null,
      issued: { year: 2020, month: 2, day: null, precision: 'MONTH', text: 'tháng 02/2020', iso: '2020-02' },
      issuer: { kind: 'CLUSTER', id: CLUSTER },
      citation: 'Kế hoạch tổ chức lễ ký kết giao ước thi đua năm 2020, tháng 02/2020',
    });
    const { documents } = (await service.gql(`{ documents { documentId } }`)).data!;
    expect(documents.map((d: { documentId: string }) => d.documentId)).toEqual([
      'kh-cum-2020',
      'ct-02-2021',
      'ct-02-2022',
      'kh-16-ag-2023',
      'kh-16-ld-2023',
      'kh-16-ld-2024',
      'qd-hd-ag',
    ]);
    expect(decision).toEqual({
      issuer: {
        kind: 'COUNCIL',
        id: 'hdtdkt-an-giang',
        name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
        level: 'PROVINCIAL',
        unitId: 'vks-an-giang',
      },
      issuerUnitId: null,
    });
  });

  it('completes and corrects a document with its reason, asOf showing both versions, and relates documents both ways', async () => {
    const { position } = await ok(service, 'completeDocument', { documentId: 'ct-02-2022', signer: 'Lê Minh Trí', pages: 3 });
    await refused(service, 'completeDocument', { documentId: 'ct-02-2022', signer: 'Nguyễn Văn A' }, 'DOCUMENT_FIELD_RECORDED');
    await refused(service, 'correctDocument', { documentId: 'ct-02-2022', pages: 4, reason: ' ' }, 'BAD_USER_INPUT');
    await ok(service, 'correctDocument', { documentId: 'ct-02-2022', pages: 4, reason: 'Đếm lại số trang theo bản gốc' });
    const read = async (asOf: number | null) =>
      (await service.gql(`query($asOf: AsOf) { document(id: "ct-02-2022", asOf: $asOf) { signer pages } }`, { asOf })).data!.document;
    expect(await read(position)).toEqual({ signer: 'Lê Minh Trí', pages: 3 });
    expect(await read(null)).toEqual({ signer: 'Lê Minh Trí', pages: 4 });
    const cleared = await ok(service, 'correctDocument', { documentId: 'ct-02-2022', signer: null, reason: 'Bản gốc không ghi người ký' });
    expect(cleared.eventTypes).toEqual(['DocumentCorrected']);
    expect(await read(null)).toEqual({ signer: null, pages: 4 });

    await refused(
      service,
      'relateDocuments',
      { documentId: 'ct-02-2022', relation: 'REPLACES', relatedDocumentId: 'ct-02-2022' },
      'DOCUMENT_RELATED_TO_ITSELF',
    );
    await refused(
      service,
      'relateDocuments',
      { documentId: 'ct-02-2022', relation: 'REPLACES', relatedDocumentId: 'khong-co' },
      'DOCUMENT_NOT_FOUND',
    );
    await ok(service, 'relateDocuments', {
      documentId: 'ct-02-2022',
      relation: 'REPLACES',
      relatedDocumentId: 'ct-02-2021',
      relatedOn: '2022-12',
    });
    const { newer, older } = (
      await service.gql(`{ newer: document(id: "ct-02-2022") { relations { relation documentId relatedOn { text } } relatedBy { documentId } }
        older: document(id: "ct-02-2021") { relations { documentId } relatedBy { relation document { documentId issuedOn } } } }`)
    ).data!;
    expect(newer).toEqual({
      relations: [{ relation: 'REPLACES', documentId: 'ct-02-2021', relatedOn: { text: 'tháng 12/2022' } }],
      relatedBy: [],
    });
    expect(older).toEqual({
      relations: [],
      relatedBy: [{ relation: 'REPLACES', document: { documentId: 'ct-02-2022', issuedOn: '2022-12-27' } }],
    });
  });

  it('refuses a second entry of the same issuer, kind, number and year, naming the first; a correction cannot make one either', async () => {
    const plan = (documentId: string, date: string) => ({
      documentId,
      citation: `Kế hoạch số 30/KH-VKSTC ngày ${date}`,
      issuerUnitId: 'vks-toi-cao',
    });
    await ok(service, 'registerDocument', plan('kh-30-2022', '10/03/2022'));
    const again = await refused(service, 'registerDocument', plan('kh-30-2022-lan-2', '10/03/2022'), 'DOCUMENT_DUPLICATE');
    expect(again.extensions?.documentId).toBe('kh-30-2022');
    expect(again.message).toContain('với mã "kh-30-2022"');
    // The same number in another year is another document.
    await ok(service, 'registerDocument', plan('kh-30-2023', '10/03/2023'));
    const correct = (documentId: string, changes: Record<string, string>) => ({ documentId, ...changes, reason: 'Ghi nhầm' });
    // Corrected to the month of 2022, it would be the other one's identity.
    await refused(service, 'correctDocument', correct('kh-30-2023', { issuedIn: '2022-03' }), 'DOCUMENT_DUPLICATE');
    // Once the first is corrected to its real number, its old identity is free, and then taken again.
    await ok(service, 'correctDocument', correct('kh-30-2022', { number: '31/KH-VKSTC' }));
    await ok(service, 'correctDocument', correct('kh-30-2023', { issuedIn: '2022-03-10' }));
    const back = await refused(service, 'correctDocument', correct('kh-30-2022', { number: '30/KH-VKSTC' }), 'DOCUMENT_DUPLICATE');
    expect(back.extensions?.documentId).toBe('kh-30-2023');
  });
});
