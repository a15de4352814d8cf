/** Stream names, `category-id` as EventStoreDB's category projections expect. */
export const streams = {
  unit: (unitId: string) => `unit-${unitId}`,
  cluster: (clusterId: string) => `cluster-${clusterId}`,
  clusterYear: (clusterId: string, year: number) => `clusteryear-${clusterId}-${year}`,
  scorecard: (clusterId: string, year: number, unitId: string) => `scorecard-${clusterId}-${year}-${unitId}`,
  criteria: (criteriaSetId: string) => `criteria-${criteriaSetId}`,
  title: (titleId: string) => `title-${titleId}`,
  document: (documentId: string) => `document-${documentId}`,
  person: (personId: string) => `person-${personId}`,
  ceremony: (ceremonyId: string) => `ceremony-${ceremonyId}`,
  council: (councilId: string) => `council-${councilId}`,
  /** One award dossier (hồ sơ đề nghị khen thưởng) on its way up (see src/awards). */
  dossier: (dossierId: string) => `dossier-${dossierId}`,
  /** The titles a unit's persons registered for in a year (see src/awards/domain/person-titles). */
  personTitles: (unitId: string, year: number) => `persontitles-${unitId}-${year}`,
  /** One citation of a source by a record (see src/records/domain/source). */
  source: (citationId: string) => `source-${citationId}`,
  /** Which council holds a seat: the sector's, or a unit's (see council-seat.ts). */
  councilSeat: (seat: string) => `councilseat-${seat}`,
  /** Which document last took an issuer, kind, number and year; `key` is a digest of the identity (see document-identity.ts). */
  documentIdentity: (key: string) => `documentidentity-${key}`,
  /** Who bears a full unit name under a parent; `key` is a digest of unitNameKey (names are long and free text). */
  unitName: (key: string) => `unitname-${key}`,
};
