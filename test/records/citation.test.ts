import { parseCitation } from '../../src/records/domain/document/citation';
import { DocumentKind } from '../../src/records/domain/document/document-kind';

describe('reading a document citation', () => {
  it.each([
    ['Kế hoạch số 12/KH-VKS ngày 10/01/2022', { kind: DocumentKind.PLAN, number: '12/KH-VKS', issuedOn: '2022-01-10', issuerCode: 'VKS' }],
    [
      'Hướng dẫn số 15/HD-VKSTC ngày 12/01/2022',
      { kind: DocumentKind.GUIDANCE, number: '15/HD-VKSTC', issuedOn: '2022-01-12', issuerCode: 'VKSTC' },
    ],
    [
      'Quyết định số 424/QĐ-VKSTC ngày 25 tháng 11 năm 2020',
      { kind: DocumentKind.DECISION, number: '424/QĐ-VKSTC', issuedOn: '2020-11-25', issuerCode: 'VKSTC' },
    ],
    ['424/QĐ-VKSTC', { kind: DocumentKind.DECISION, number: '424/QĐ-VKSTC', issuedOn: null, issuerCode: 'VKSTC' }],
    ['15/HD-VKSTC', { kind: DocumentKind.GUIDANCE, number: '15/HD-VKSTC', issuedOn: null, issuerCode: 'VKSTC' }],
    ['Nghị quyết 96/2019/QH14', { kind: DocumentKind.RESOLUTION, number: '96/2019/QH14', issuedOn: null, issuerCode: 'QH14' }],
    [
      'chỉ thị số 01/CT-VKSTC ngày 5/1/2024',
      { kind: DocumentKind.DIRECTIVE, number: '01/CT-VKSTC', issuedOn: '2024-01-05', issuerCode: 'VKSTC' },
    ],
    ['Công văn số 3/VKS-VP', { kind: DocumentKind.OTHER, number: '3/VKS-VP', issuedOn: null, issuerCode: 'VP' }],
  ])('%s', (text, expected) => expect(parseCitation(text)).toEqual(expected));

  it.each(['Kế hoạch năm 2022', 'Hướng dẫn số 15 ngày 12/01/2022', 'Kế hoạch số 12/KH-VKS ngày 31/02/2022', ''])(
    'is not a citation: %p',
    (text) => expect(parseCitation(text)).toBeNull(),
  );
});
