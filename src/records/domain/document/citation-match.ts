import { parsePartialDate, partialDatesFit } from '../../../kernel/partial-date';
import { numberKey } from './citation';
import { DocumentKind } from './document-kind';
import type { DocumentIssuer } from './document-issuer';

/** The parts a citation gives; null is "not said", never "none". */
export interface CitedParts {
  number: string | null;
  /** A partial date's text. */
  issuedOn: string | null;
  kind: DocumentKind | null;
  /** The issuer's id (a unit, cluster or council), when the citing record names it. */
  issuerId: string | null;
}

/** What a registered document says of the same parts. */
export interface DocumentIdentity {
  number: string | null;
  issuedOn: string | null;
  kind: DocumentKind;
  issuer: DocumentIssuer | null;
}

const datesFit = (cited: string, recorded: string) => {
  const [a, b] = [parsePartialDate(cited), parsePartialDate(recorded)];
  return a !== null && b !== null && partialDatesFit(a, b);
};

/**
 * Whether a document can be the one cited: every part the citation gives agrees with what the
 * register records. A part the register does not know (no date, no issuer) does not rule it out,
 * so such a document stays a candidate and the answer is honest about the doubt.
 */
export function fitsCitation(cited: CitedParts, document: DocumentIdentity): boolean {
  if (cited.number !== null && (document.number === null || numberKey(document.number) !== numberKey(cited.number))) return false;
  if (cited.kind !== null && cited.kind !== DocumentKind.OTHER && cited.kind !== document.kind) return false;
  if (cited.issuedOn !== null && document.issuedOn !== null && !datesFit(cited.issuedOn, document.issuedOn)) return false;
  return cited.issuerId === null || document.issuer === null || document.issuer.id === cited.issuerId;
}
