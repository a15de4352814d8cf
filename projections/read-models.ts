import { AuditLogProjection } from './audit-log/audit-log-projection';
import { CatalogueProjection } from './catalogue/catalogue-projection';
import { DirectoryProjection } from './directory/directory-projection';
import type { Projection } from './projection';
import { RecordsProjection } from './records/records-projection';
import { ScoresProjection } from './scores/scores-projection';
import { TimelineProjection } from './timeline';
import { YearRecordsProjection } from './year-records/year-records-projection';

/** Every read model the service keeps, fed by one runner from the global log. */
export interface ReadModels {
  directory: DirectoryProjection;
  yearRecords: YearRecordsProjection;
  catalogue: CatalogueProjection;
  scores: ScoresProjection;
  timeline: TimelineProjection;
  auditLog: AuditLogProjection;
  records: RecordsProjection;
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
  };
  return { models, projections: Object.values(models) as Projection[] };
}
