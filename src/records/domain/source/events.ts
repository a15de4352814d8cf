import type { DomainEvent } from '../../../kernel/decider';
import type { RecordRef, ReferenceFields } from './record-ref';

/** A source outside the register: a news report, a web page, a publication. */
export interface OutsideSource {
  /** Cơ quan, báo đăng tải, e.g. "Báo điện tử Kiểm sát". */
  publisher: string | null;
  title: string;
  /** Địa chỉ (URL), when it has one. */
  url: string | null;
  /** The day the source was read, as a partial date's text. */
  seenOn: string | null;
}

/** What a citation names: a registered document, or an outside source; never both. */
export interface SourceFields {
  citationId: string;
  record: RecordRef;
  documentId: string | null;
  outside: OutsideSource | null;
  note: string | null;
}

/**
 * A record cites its source. Beside the record itself it carries the record's ids under the field
 * names the audit trail reads (`clusterId`, `ceremonyId`, `personId`…), see record-ref.ts.
 */
export type SourceCited = DomainEvent<'SourceCited', SourceFields & ReferenceFields>;
/** The citation was wrong or is no longer held, with the reason. */
export type SourceWithdrawn = DomainEvent<'SourceWithdrawn', { citationId: string; record: RecordRef; reason: string } & ReferenceFields>;

export type SourceEvent = SourceCited | SourceWithdrawn;
