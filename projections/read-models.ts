import { AuditLogProjection } from './audit/audit-log-projection';
import { DossiersProjection } from './awards/dossiers-projection';
import { PersonTitlesProjection } from './awards/person-titles-projection';
import { CatalogueProjection } from './catalogue/catalogue-projection';
import { DirectoryProjection } from './cluster/directory-projection';
import type { Projection } from './projection';
import { RecordsProjection } from './records/records-projection';
import { CouncilsProjection } from './records/councils-projection';
import { SourcesProjection } from './records/sources-projection';
import { ScoresProjection } from './scorecard/scores-projection';
import { TimelineProjection } from './timeline';
import { YearRecordsProjection } from './cluster/year/year-records-projection';

/** Every read model the service keeps, fed by one runner from the global log. */
export interface ReadModels {
  directory: DirectoryProjection;
  yearRecords: YearRecordsProjection;
  catalogue: CatalogueProjection;
  scores: ScoresProjection;
  timeline: TimelineProjection;
  auditLog: AuditLogProjection;
  records: RecordsProjection;
  councils: CouncilsProjection;
  sources: SourcesProjection;
  dossiers: DossiersProjection;
  personTitles: PersonTitlesProjection;
}

export function createReadModels(): { models: ReadModels; projections: Projection[] } {
  const models: ReadModels = {
    directory: new DirectoryProjection(),
    yearRecords: new YearRecordsProjection(),
    catalogue: new CatalogueProjection(),
    scores: new ScoresProjection(),
    timeline: new TimelineProjection(),
    auditLog: new AuditLogProjection(),
    records: new RecordsProjection(),
    councils: new CouncilsProjection(),
    sources: new SourcesProjection(),
    dossiers: new DossiersProjection(),
    personTitles: new PersonTitlesProjection(),
  };
  const { directory, yearRecords, catalogue, scores, timeline, auditLog, records, councils, sources, dossiers, personTitles } = models;
  return {
    models,
    projections: [directory, yearRecords, catalogue, scores, timeline, auditLog, records, councils, sources, dossiers, personTitles],
  };
}
