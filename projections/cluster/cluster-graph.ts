import type { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import type { UnitLevel } from '../../src/unit/domain/unit-level';
import type { At, DirectoryProjection } from './directory-projection';
import { nameDateOf, nameOn } from './names-by-year';
import { PARTIAL_MEMBERSHIP_NOTE, type ClusterView, type ClusterYearView } from './views';

export enum GraphNodeKind {
  UNIT = 'UNIT',
  CLUSTER = 'CLUSTER',
}

export enum GraphEdgeKind {
  MEMBER_OF = 'MEMBER_OF',
  CHAIR_OF = 'CHAIR_OF',
  VICE_CHAIR_OF = 'VICE_CHAIR_OF',
  PARENT_UNIT = 'PARENT_UNIT',
  ORGANIZER_OF = 'ORGANIZER_OF',
}

export interface GraphNode {
  /** Unique in the graph: `unit:<id>` or `cluster:<id>`, since a unit and a cluster may share a slug. */
  id: string;
  kind: GraphNodeKind;
  entityId: string;
  /** A unit's short name (or name) as in force in the graph's year; a cluster's name. */
  label: string;
  /** A unit's short name (or name) today, when it differs from `label`'s year; the cluster's name. */
  currentLabel: string;
  /** Unit level or cluster kind. */
  category: string;
  /** A cluster whose members are known only in part: "và các đơn vị khác chưa ghi nhận"; null otherwise. */
  note: string | null;
}

export interface GraphEdge {
  kind: GraphEdgeKind;
  source: string;
  target: string;
}

export interface ClusterGraph {
  year: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What part of a year's graph to draw; every condition given must hold. */
export interface GraphFilter {
  organizerUnitId?: string | null;
  clusterIds?: readonly string[] | null;
  kind?: ClusterKind | null;
  /** Clusters whose organizer is of this level (the supreme procuracy's, a province's...). */
  level?: UnitLevel | null;
  /** The clusters this unit belongs to or organizes that year (with their members and parents). */
  around?: string | null;
}

function keeps(
  directory: DirectoryProjection,
  filter: GraphFilter,
  at: At,
  year: ClusterYearView,
  cluster: ClusterView | undefined,
): boolean {
  const { organizerUnitId, clusterIds, kind, level, around } = filter;
  return (
    (!organizerUnitId || cluster?.organizerUnitId === organizerUnitId) &&
    (!clusterIds || clusterIds.includes(year.clusterId)) &&
    (!kind || cluster?.kind === kind) &&
    (!level || (!!cluster && directory.unit(cluster.organizerUnitId, at)?.level === level)) &&
    (!around || year.memberUnitIds.includes(around) || cluster?.organizerUnitId === around)
  );
}

const unitNode = (id: string) => `unit:${id}`;
const clusterNode = (id: string) => `cluster:${id}`;

/**
 * The graph of one emulation year as a frontend draws it: every cluster that has that year (and
 * passes the filter), its members, chair and vice-chair, its organizer, and each unit's chain of
 * parent units.
 */
export function clusterGraph(directory: DirectoryProjection, year: number, at: At = 'current', filter: GraphFilter = {}): ClusterGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];

  /** Adds a unit labelled with its name on `date` (its cluster year's ceremony, or the year's end). */
  const addUnit = (unitId: string, date: string): string => {
    const id = unitNode(unitId);
    if (nodes.has(id)) return id;
    const unit = directory.unit(unitId, at);
    const then = unit && nameOn(unit, date);
    nodes.set(id, {
      id,
      kind: GraphNodeKind.UNIT,
      entityId: unitId,
      label: then ? (then.shortName ?? then.name) : unitId,
      currentLabel: unit ? (unit.shortName ?? unit.name) : unitId,
      category: unit?.level ?? 'UNKNOWN',
      note: null,
    });
    if (unit?.parentUnitId) edges.push({ kind: GraphEdgeKind.PARENT_UNIT, source: id, target: addUnit(unit.parentUnitId, date) });
    return id;
  };

  for (const clusterYear of directory.clusterYearsIn(year, at)) {
    const cluster = directory.cluster(clusterYear.clusterId, at);
    if (!keeps(directory, filter, at, clusterYear, cluster)) continue;
    const target = clusterNode(clusterYear.clusterId);
    const date = nameDateOf(clusterYear);
    const label = cluster?.name ?? clusterYear.clusterId;
    nodes.set(target, {
      id: target,
      kind: GraphNodeKind.CLUSTER,
      entityId: clusterYear.clusterId,
      label,
      currentLabel: label,
      category: cluster?.kind ?? 'UNKNOWN',
      note: clusterYear.membershipComplete ? null : PARTIAL_MEMBERSHIP_NOTE,
    });
    // Members first, so a unit takes the date of the cluster year it belongs to.
    for (const member of clusterYear.memberUnitIds) edges.push({ kind: GraphEdgeKind.MEMBER_OF, source: addUnit(member, date), target });
    if (cluster) edges.push({ kind: GraphEdgeKind.ORGANIZER_OF, source: addUnit(cluster.organizerUnitId, date), target });
    if (clusterYear.chairUnitId) edges.push({ kind: GraphEdgeKind.CHAIR_OF, source: addUnit(clusterYear.chairUnitId, date), target });
    if (clusterYear.viceChairUnitId)
      edges.push({ kind: GraphEdgeKind.VICE_CHAIR_OF, source: addUnit(clusterYear.viceChairUnitId, date), target });
  }

  return { year, nodes: [...nodes.values()], edges };
}
