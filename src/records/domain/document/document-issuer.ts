/** Who issues a document: a unit, a cluster or bloc ("155/KH-CTĐ9" is Cụm thi đua 9's), or a council. */
export enum IssuerKind {
  UNIT = 'UNIT',
  CLUSTER = 'CLUSTER',
  COUNCIL = 'COUNCIL',
}

/** Cấp của Hội đồng Thi đua – Khen thưởng: of the sector, of a provincial procuracy, or of one unit. */
export enum CouncilLevel {
  SECTOR = 'SECTOR',
  PROVINCIAL = 'PROVINCIAL',
  UNIT = 'UNIT',
}

/**
 * A council named as a report names it ("Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang"), with
 * its level and the unit it belongs to. `id` is the caller's slug: the key a council body, once
 * the service has one, takes over.
 */
export interface CouncilIssuer {
  id: string;
  name: string;
  level: CouncilLevel;
  unitId: string | null;
}

export type DocumentIssuer =
  { kind: IssuerKind.UNIT; id: string } | { kind: IssuerKind.CLUSTER; id: string } | ({ kind: IssuerKind.COUNCIL } & CouncilIssuer);

/** The issuer of a document stored before issuers other than units existed. */
export const unitIssuer = (unitId: string | null): DocumentIssuer | null =>
  unitId === null ? null : { kind: IssuerKind.UNIT, id: unitId };
