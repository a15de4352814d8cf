import type { OutsideSource } from './events';
import type { RecordRef } from './record-ref';

/** Ghi nguồn của một hồ sơ: a registered document, or an outside source (publisher, title, address, date seen). */
export interface CiteSource {
  type: 'CiteSource';
  /** The caller's id of this citation. */
  citationId: string;
  record: RecordRef;
  documentId: string | null;
  outside: OutsideSource | null;
  note: string | null;
  /** Gathered: whether the record named is on record. */
  recordExists: boolean;
  /** Gathered: whether the document named is in the register. */
  documentRegistered: boolean;
}

/** Rút nguồn đã ghi, with the reason. */
export interface WithdrawSource {
  type: 'WithdrawSource';
  citationId: string;
  reason: string;
}

export type SourceCommand = CiteSource | WithdrawSource;
