import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { ownerKey, type SourcedRecordKind } from '../../src/records/domain/source/record-ref';
import type { SourceFields } from '../../src/records/domain/source/events';
import { historyOf, read, type At, type History } from '../history';
import type { Projection } from '../projection';

/** A citation in force: the record, its source, and the log position it was recorded at. */
export interface CitationView extends SourceFields {
  citedAt: number;
}

type Lists = Map<string, History<readonly CitationView[]>>;

/**
 * The sources records cite, by the record whose reads show them (see ownerKey) and by the registered
 * document cited, each key with its history so reads answer `asOf`; a withdrawn citation leaves both
 * lists from its withdrawal on.
 */
export class SourcesProjection implements Projection {
  readonly name = 'sources';
  private readonly citations = new Map<string, CitationView>();
  private readonly byOwner: Lists = new Map();
  private readonly byDocument: Lists = new Map();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    if (event.type === 'SourceCited') {
      const { citationId, record, documentId, outside, note } = event.data;
      const citation: CitationView = { citationId, record, documentId, outside, note, citedAt: at };
      this.citations.set(citationId, citation);
      change(this.byOwner, ownerKey(record), at, (list) => [...list, citation]);
      if (documentId !== null) change(this.byDocument, documentId, at, (list) => [...list, citation]);
    } else if (event.type === 'SourceWithdrawn') {
      const citation = this.citations.get(event.data.citationId);
      if (!citation) return;
      const without = (list: readonly CitationView[]) => list.filter((c) => c.citationId !== citation.citationId);
      change(this.byOwner, ownerKey(citation.record), at, without);
      if (citation.documentId !== null) change(this.byDocument, citation.documentId, at, without);
    }
  }

  /**
   * The sources cited for a record and, for a cluster-year or a meeting, for its parts (members,
   * offices, agreement, awards; the review), in the order cited; `kinds` keeps only those kinds.
   */
  sourcesOf(
    record: { kind: SourcedRecordKind; id: string; year?: number | null },
    at: At = 'current',
    kinds: readonly SourcedRecordKind[] | null = null,
  ): readonly CitationView[] {
    const all = read(this.byOwner.get(ownerKey({ year: null, ...record })), at) ?? [];
    return kinds === null ? all : all.filter((citation) => kinds.includes(citation.record.kind));
  }

  /** The citations of a registered document, in the order cited: what an auditor checks against it. */
  citing(documentId: string, at: At = 'current'): readonly CitationView[] {
    return read(this.byDocument.get(documentId), at) ?? [];
  }
}

function change(lists: Lists, key: string, at: number, next: (list: readonly CitationView[]) => readonly CitationView[]): void {
  const history = historyOf(lists, key);
  history.set(at, next(history.current() ?? []));
}
