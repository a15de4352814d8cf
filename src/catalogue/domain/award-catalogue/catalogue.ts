import { AWARD_CATALOGUE } from './entries';
import { LEGAL_INSTRUMENTS, type CatalogueEntry, type DecidingAuthority, type LegalBasis } from './entry';

export function entryById(id: string): CatalogueEntry | undefined {
  return AWARD_CATALOGUE.find((entry) => entry.id === id);
}

/** Vietnamese legal order, smallest unit first: "điểm a khoản 1 Điều 24 Luật …". */
export function citation(basis: LegalBasis): string {
  const parts = [
    basis.point !== undefined ? `điểm ${basis.point}` : null,
    basis.clause !== undefined ? `khoản ${basis.clause}` : null,
    `Điều ${basis.article}`,
    LEGAL_INSTRUMENTS[basis.instrument],
  ];
  return parts.filter((part): part is string => part !== null).join(' ');
}

/** How many may receive the entry when `holdersOfBase` hold the entry its cap is a share of. */
export function capFor(entry: CatalogueEntry, holdersOfBase: number): number {
  if (entry.cap === null) return Number.POSITIVE_INFINITY;
  return Math.max(entry.cap.minimum, Math.floor((holdersOfBase * entry.cap.percent) / 100));
}

export function mayDecide(entry: CatalogueEntry, authority: DecidingAuthority): boolean {
  return entry.decidedBy.includes(authority);
}
