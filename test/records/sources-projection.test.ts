import { SourcesProjection } from '../../projections/records/sources-projection';
import type { AnyDomainEvent } from '../../src/domain/events';
import { SourcedRecordKind, type RecordRef } from '../../src/records/domain/source/record-ref';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new SourcesProjection());

const record = (kind: SourcedRecordKind, id: string, year: number | null = null, partId: string | null = null): RecordRef => ({
  kind,
  id,
  year,
  partId,
});
const cite = (citationId: string, on: RecordRef, documentId: string | null): AnyDomainEvent => ({
  type: 'SourceCited',
  data: {
    citationId,
    record: on,
    documentId,
    outside: documentId ? null : { publisher: 'Báo điện tử Kiểm sát', title: 'Bài viết', url: null, seenOn: '2024-03' },
    note: null,
  },
});
const withdraw = (citationId: string, on: RecordRef): AnyDomainEvent => ({
  type: 'SourceWithdrawn',
  data: { citationId, record: on, reason: 'Ghi nhầm' },
});

const year = record(SourcedRecordKind.CLUSTER_YEAR, 'cum-7', 2023);
const member = record(SourcedRecordKind.MEMBERSHIP, 'cum-7', 2023, 'vks-lam-dong');
const meeting = record(SourcedRecordKind.MEETING, 'le-2023');
const review = record(SourcedRecordKind.REVIEW, 'le-2023');
const person = record(SourcedRecordKind.PERSON, 'nguyen-van-a');

describe('sources projection', () => {
  it('shows a cluster-year’s sources with its parts’, a meeting’s with its review’s, and each record’s own', () =>
    given(
      cite('n1', year, 'kh-155'),
      cite('n2', member, null),
      cite('n3', meeting, 'kh-155'),
      cite('n4', review, null),
      cite('n5', person, 'qd-35'),
    ).then((model) => {
      expect(model.sourcesOf(year).map((c) => c.citationId)).toEqual(['n1', 'n2']);
      expect(model.sourcesOf(year, 'current', [SourcedRecordKind.MEMBERSHIP]).map((c) => c.citationId)).toEqual(['n2']);
      expect(model.sourcesOf({ kind: SourcedRecordKind.CLUSTER_YEAR, id: 'cum-7', year: 2024 })).toEqual([]);
      expect(model.sourcesOf(meeting).map((c) => c.citationId)).toEqual(['n3', 'n4']);
      expect(model.sourcesOf(person)).toEqual([
        { citationId: 'n5', record: person, documentId: 'qd-35', outside: null, note: null, citedAt: 5 },
      ]);
      expect(model.sourcesOf(record(SourcedRecordKind.UNIT, 'nguyen-van-a'))).toEqual([]);
    }));

  it('lists the records citing a document, for auditors', () =>
    given(cite('n1', year, 'kh-155'), cite('n2', member, null), cite('n3', meeting, 'kh-155')).then((model) => {
      expect(model.citing('kh-155').map((c) => c.record)).toEqual([year, meeting]);
      expect(model.citing('khong-co')).toEqual([]);
    }));

  it('drops a withdrawn citation from its withdrawal on, and shows it before asOf', () =>
    given(cite('n1', year, 'kh-155'), cite('n2', year, null), withdraw('n1', year)).then((model) => {
      expect(model.sourcesOf(year).map((c) => c.citationId)).toEqual(['n2']);
      expect(model.citing('kh-155')).toEqual([]);
      expect(model.sourcesOf(year, 2).map((c) => c.citationId)).toEqual(['n1', 'n2']);
      expect(model.citing('kh-155', 2).map((c) => c.citationId)).toEqual(['n1']);
    }));
});
