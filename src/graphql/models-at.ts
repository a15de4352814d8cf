import { isWholeGraph, type GraphFilter } from '../../projections/cluster/cluster-graph';
import { clusterGraphDiff, type GraphDiff } from '../../projections/cluster/cluster-graph-diff';
import { findClusters, findUnits, type ClusterFilter, type UnitFilter } from '../../projections/cluster/directory-filters';
import { yearNames } from '../../projections/cluster/names-by-year';
import type { ClusterYearView } from '../../projections/cluster/views';
import type { At } from '../../projections/history';
import { ranking, scoreSheet } from '../../projections/scorecard/rankings';
import type { ReadModels } from '../../projections/read-models';
import type { RepresentativeView } from '../../projections/records/views';
import type { AwardView, YearRecordsView } from '../../projections/cluster/year/views';
import type { App } from '../app';
import { parseCitation } from '../records/domain/document/citation';
import type { RecordedEvent } from '../eventstore/port';
import { eventAt } from '../eventstore/read-positions';
import type { TitleDefinition } from '../catalogue/domain/title/standard-titles';
import { resolveAt } from './as-of';
import { graphOut } from '../cluster/graphql/cluster-graph-cache';
import type { GraphQLContext } from './context';
import { auditEventOut } from '../audit/graphql/event-out';
import type { AsOfValue } from './as-of-scalar';
import type { AuditEvent } from '../audit/graphql/audit-types';
import { AuditActor, auditPerson, type AuditPerson, type RecordedActor } from '../audit/graphql/audit-actor';
import { CriteriaSetVersionGql } from '../catalogue/graphql/catalogue-types';
import { Cluster, ClusterYear } from '../cluster/graphql/cluster-types';
import type { ClusterGraphGql } from '../cluster/graphql/cluster-graph-types';
import { RankingGql, ScoreSheet } from '../scorecard/graphql/ranking-types';
import { Ceremony, Document, Person } from '../records/graphql/records-types';
import { Unit } from '../unit/graphql/unit-types';

/** Anything read from the read models: the log position it was read at. */
export interface ReadAtPosition {
  readonly at: At;
}

/**
 * The read models as they stood at one log position, the only way resolvers read them: no read
 * here takes a position, so no field can read elsewhere than where its object was read. Objects
 * read here carry the position (`at`), and a field resolver reads through `readAt(context, itself)`.
 */
export class ModelsAt implements ReadAtPosition {
  constructor(
    private readonly app: Pick<App, 'models' | 'graphs' | 'store'>,
    readonly at: At,
  ) {}

  private get models(): ReadModels {
    return this.app.models;
  }

  /** `namedOn`: in a read about a year, the date whose name it shows (see names-by-year). */
  unit(id: string | null, namedOn: string | null = null): Unit | null {
    const view = id ? this.models.directory.unit(id, this.at) : undefined;
    return view ? Unit.from(view, this.at, namedOn) : null;
  }

  units(filter: UnitFilter): Unit[] {
    return findUnits(this.models.directory, filter, this.at).map((u) => Unit.from(u, this.at));
  }

  cluster(id: string): Cluster | null {
    const view = this.models.directory.cluster(id, this.at);
    return view ? Cluster.from(view, this.at) : null;
  }

  clusters(filter: ClusterFilter): Cluster[] {
    return findClusters(this.models.directory, filter, this.at).map((c) => Cluster.from(c, this.at));
  }

  clusterYear(clusterId: string, year: number): ClusterYear | null {
    const view = this.models.directory.clusterYear(clusterId, year, this.at);
    return view ? ClusterYear.from(view, this.at) : null;
  }

  /** The cluster's years, in order. */
  yearsOf(clusterId: string): ClusterYear[] {
    return this.models.directory.yearsOf(clusterId, this.at).map((y) => ClusterYear.from(y, this.at));
  }

  /** The cluster years the unit was a member of, oldest first. */
  membershipsOf(unitId: string): ClusterYearView[] {
    return this.models.directory.membershipsOf(unitId, this.at);
  }

  /** A year's cluster graph; the whole graph is built once per year and position (App.graphs). */
  graph(year: number, filter: GraphFilter): ClusterGraphGql {
    return isWholeGraph(filter) ? this.app.graphs.get(year, this.at) : graphOut(this.app, year, this.at, filter);
  }

  graphDiff(fromYear: number, toYear: number): GraphDiff {
    return clusterGraphDiff(this.models.directory, fromYear, toYear, this.at);
  }

  yearRecords(clusterId: string, year: number): YearRecordsView | undefined {
    return this.models.yearRecords.records(clusterId, year, this.at);
  }

  /** Every award proposed for the unit, with its cluster year, oldest year first. */
  awardsOf(unitId: string): { clusterId: string; year: number; award: AwardView }[] {
    return this.models.yearRecords.awardsOf(unitId, this.at);
  }

  title(titleId: string): TitleDefinition | undefined {
    return this.models.catalogue.title(titleId, this.at);
  }

  titles(): TitleDefinition[] {
    return this.models.catalogue.allTitles(this.at);
  }

  /** A criteria set's versions, oldest first. */
  criteriaSetVersions(criteriaSetId: string): CriteriaSetVersionGql[] {
    return this.models.catalogue.criteriaSetVersions(criteriaSetId, this.at).map((set) => CriteriaSetVersionGql.from(set, this.at));
  }

  document(id: string | null): Document | null {
    const view = id ? this.models.records.document(id, this.at) : undefined;
    return view ? Document.from(view) : null;
  }

  /** The register, by date of issue (then number). */
  documents(): Document[] {
    return this.models.records
      .allDocuments(this.at)
      .sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') || a.number.localeCompare(b.number))
      .map((view) => Document.from(view));
  }

  /** A document cited as text: the registered one with that number, else what the citation itself says. */
  citedDocument(text: string): Document | null {
    const cited = parseCitation(text);
    const registered = this.models.records.documentByNumber(cited?.number ?? text, this.at);
    if (registered) return Document.from(registered);
    return cited ? Document.cited(cited) : null;
  }

  person(id: string): Person | null {
    const view = this.models.records.person(id, this.at);
    return view ? Person.from(view, this.at) : null;
  }

  ceremony(id: string): Ceremony | null {
    const view = this.models.records.ceremony(id, this.at);
    return view ? Ceremony.from(view, this.at) : null;
  }

  /** A cluster's ceremonies, oldest first. */
  ceremoniesOf(clusterId: string): Ceremony[] {
    return this.models.records.ceremoniesOf(clusterId, this.at).map((c) => Ceremony.from(c, this.at));
  }

  /** The ceremonies a person took part in, oldest first. */
  ceremoniesOfPerson(personId: string): Ceremony[] {
    return this.models.records.ceremoniesOfPerson(personId, this.at).map((c) => Ceremony.from(c, this.at));
  }

  representativesOf(clusterId: string, year: number): readonly RepresentativeView[] {
    return this.models.records.representativesOf(clusterId, year, this.at);
  }

  /** The ranking of a cluster year; null before the year has a criteria set. */
  ranking(clusterId: string, year: number): RankingGql | null {
    const result = ranking(this.models, clusterId, year, this.at);
    return result && RankingGql.from(result, { clusterId, year }, yearNames(this.models.directory, clusterId, year, this.at), this.at);
  }

  scoreSheet(clusterId: string, year: number, unitId: string): ScoreSheet | null {
    const sheet = scoreSheet(this.models, clusterId, year, unitId, this.at);
    return sheet && ScoreSheet.from(sheet, { clusterId, year, unitId });
  }

  /** Positions of the events that changed one score, in log order. */
  scoreHistory(clusterId: string, year: number, unitId: string, criterionId: string): number[] {
    return this.models.scores.history(clusterId, year, unitId, criterionId, this.at);
  }

  /** Positions of the events that changed a cluster year's scores, in log order. */
  scoreChangesIn(clusterId: string, year: number): number[] {
    return this.models.scores.changesIn(clusterId, year, this.at);
  }

  /** The event at `position` if the read models had applied it here, as the audit trail lists events. */
  async appliedEvent(position: number): Promise<RecordedEvent | undefined> {
    const { head } = this.models.timeline;
    return position <= (this.at === 'current' ? head : Math.min(this.at, head)) ? eventAt(this.app.store, position) : undefined;
  }

  /** A recorded event as the audit trail shows it, its actor read here. */
  auditEvent(event: RecordedEvent): AuditEvent {
    return auditEventOut(event, this.at);
  }

  /** Who acted in the event at `position`, as it recorded them, read here: their person is as known here. */
  actor(recorded: RecordedActor | undefined, position: number): AuditActor | null {
    return AuditActor.of(recorded, position, this.at);
  }

  /** A token subject with the latest name its tokens had carried here. */
  auditPerson(personId: string): AuditPerson {
    return auditPerson(personId, this.models.auditLog.nameOf(personId, this.at), this.at);
  }

  /** Whether the subject had acted here. */
  hasActed(personId: string): boolean {
    return this.models.auditLog.actedBy(personId, this.at);
  }

  /**
   * The read models at an earlier position than this one (a position past it stands at it): as
   * fixed as this one, so the request needs no note of it.
   */
  earlier(position: number): ModelsAt {
    return new ModelsAt(this.app, this.at === 'current' ? position : Math.min(position, this.at));
  }
}

/** The read models where `source` was read, noted in the request's reads: fields beneath an object read there too. */
export function readAt(context: GraphQLContext, source: ReadAtPosition): ModelsAt {
  context.reads.note(source.at);
  return new ModelsAt(context.app, source.at);
}

/** The read models at the position a root field's `asOf` names; at the present without one. */
export function readAsOf(context: GraphQLContext, asOf: AsOfValue | null): ModelsAt {
  return readAt(context, { at: resolveAt(context.app, asOf) });
}

/** The read models for what has no position to stand at (the audit trail, live updates): a read of the present. */
export function readThePresent(context: GraphQLContext): ReadModels {
  context.reads.note('current');
  return context.app.models;
}
