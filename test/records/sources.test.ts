import { sourceDecider } from '../../src/records/domain/source/decider';
import type { CiteSource } from '../../src/records/domain/source/commands';
import type { SourceEvent } from '../../src/records/domain/source/events';
import { SourcedRecordKind } from '../../src/records/domain/source/record-ref';
import { specification } from '../support/decider-specification';

const given = specification(sourceDecider);

const year2023 = { kind: SourcedRecordKind.CLUSTER_YEAR, id: 'cum-7', year: 2023, partId: null };
const news = {
  publisher: ' Báo điện tử Kiểm sát ',
  title: 'Cụm thi đua số 7 ký kết giao ước thi đua năm 2023',
  url: 'https://kiemsat.vn/bai-viet',
  seenOn: '2024-03-05',
};
const citeNews: CiteSource = {
  type: 'CiteSource',
  citationId: 'nguon-1',
  record: year2023,
  documentId: null,
  outside: news,
  note: null,
  recordExists: true,
  documentRegistered: false,
};
const cited: SourceEvent = {
  type: 'SourceCited',
  data: {
    citationId: 'nguon-1',
    record: year2023,
    documentId: null,
    outside: { ...news, publisher: 'Báo điện tử Kiểm sát' },
    note: null,
    clusterId: 'cum-7',
  },
};

describe('sources: CiteSource', () => {
  it('cites an outside source for a cluster-year, under the cluster’s id so the year’s audit trail has it', () =>
    given([]).when(citeNews).then([cited]));

  it('cites a registered document for a person, under the person’s and the document’s ids', () =>
    given([])
      .when({
        ...citeNews,
        record: { kind: SourcedRecordKind.PERSON, id: 'nguyen-van-a', year: 2020, partId: 'x' },
        documentId: 'qd-35',
        outside: null,
        note: ' trang 2 ',
        documentRegistered: true,
      })
      .then([
        {
          type: 'SourceCited',
          data: {
            citationId: 'nguon-1',
            record: { kind: SourcedRecordKind.PERSON, id: 'nguyen-van-a', year: null, partId: null },
            documentId: 'qd-35',
            outside: null,
            note: 'trang 2',
            personId: 'nguyen-van-a',
          },
        },
      ]));

  it('refuses a date seen that is no date', () =>
    given([])
      .when({ ...citeNews, outside: { publisher: null, title: 'Bài', url: null, seenOn: '2024-3' } })
      .thenThrows('SOURCE_DATE_INVALID', /2024-3/));

  it('refuses a record that is not on record', () =>
    given([])
      .when({ ...citeNews, recordExists: false })
      .thenThrows('SOURCE_RECORD_NOT_FOUND', /năm thi đua của Cụm "cum-7 \/ 2023"/));

  it('refuses a membership named without its unit', () =>
    given([])
      .when({ ...citeNews, record: { kind: SourcedRecordKind.MEMBERSHIP, id: 'cum-7', year: 2023, partId: null } })
      .thenThrows('SOURCE_RECORD_INCOMPLETE', /đơn vị \(partId\)/));

  it('refuses a cluster-year named without its year', () =>
    given([])
      .when({ ...citeNews, record: { ...year2023, year: null } })
      .thenThrows('SOURCE_RECORD_INCOMPLETE', /năm \(year\)/));

  it('refuses a citation with no source, or with two', () => {
    given([])
      .when({ ...citeNews, outside: null })
      .thenThrows('SOURCE_REQUIRED');
    given([])
      .when({ ...citeNews, documentId: 'qd-35', documentRegistered: true })
      .thenThrows('SOURCE_REQUIRED');
  });

  it('refuses a document not in the register', () =>
    given([])
      .when({ ...citeNews, outside: null, documentId: 'khong-co' })
      .thenThrows('DOCUMENT_NOT_FOUND', /khong-co/));

  it('refuses an outside source without a title', () =>
    given([])
      .when({ ...citeNews, outside: { ...news, title: '  ' } })
      .thenThrows('SOURCE_TITLE_REQUIRED'));

  it('refuses a citation id already used', () =>
    given([cited])
      .when(citeNews)
      .thenThrows('SOURCE_CITATION_EXISTS', /nguon-1/));
});

describe('sources: WithdrawSource', () => {
  const withdraw = { type: 'WithdrawSource' as const, citationId: 'nguon-1', reason: ' Bài báo ghi nhầm năm ' };
  const withdrawn: SourceEvent = {
    type: 'SourceWithdrawn',
    data: { citationId: 'nguon-1', record: year2023, reason: 'Bài báo ghi nhầm năm', clusterId: 'cum-7' },
  };

  it('withdraws a citation with its reason, under the record’s ids', () => given([cited]).when(withdraw).then([withdrawn]));
  it('refuses an unknown citation', () => given([]).when(withdraw).thenThrows('SOURCE_CITATION_NOT_FOUND'));
  it('refuses a second withdrawal', () => given([cited, withdrawn]).when(withdraw).thenThrows('SOURCE_ALREADY_WITHDRAWN'));
  it('refuses a withdrawal without a reason', () =>
    given([cited])
      .when({ ...withdraw, reason: ' ' })
      .thenThrows('REASON_REQUIRED'));
});
