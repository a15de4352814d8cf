/**
 * Narrowing a year's cluster graph for drawing: by organizer, by the level of the member units, by
 * one cluster, or to the clusters around the units a search finds. At national scale (150 clusters)
 * this is what makes the drawing readable; the whole year stays one request.
 */

/** Lower case, without diacritics, đ as d: "Tân Châu" and "tan chau" match. */
export const fold = (text) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();

/** The organizers of the year's clusters, by name: [{ id, label }]. */
export function organizersOf(graph) {
  const ids = new Set(graph.edges.filter((e) => e.kind === 'ORGANIZER_OF').map((e) => e.source));
  return graph.nodes.filter((n) => ids.has(n.id)).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/**
 * The part of `graph` that the filter keeps: the matching clusters with all their members, the
 * units outside clusters that are their organizers or parents, and the edges among what is kept.
 * @param {{ organizer?: string, level?: string, cluster?: string, search?: string }} filter node ids; level a unit level
 */
export function filterGraph(graph, { organizer, level, cluster, search }) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const members = new Map();
  const organizerOf = new Map();
  for (const e of graph.edges) {
    if (e.kind === 'MEMBER_OF') members.set(e.target, [...(members.get(e.target) ?? []), e.source]);
    if (e.kind === 'ORGANIZER_OF') organizerOf.set(e.target, e.source);
  }
  const words = search ? fold(search).split(/\s+/).filter(Boolean) : [];
  const found = (id) => words.every((w) => fold(byId.get(id)?.label ?? '').includes(w));
  const keep = graph.nodes.filter(
    (n) =>
      n.kind === 'CLUSTER' &&
      (!organizer || organizerOf.get(n.id) === organizer) &&
      (!cluster || n.id === cluster) &&
      (!level || (members.get(n.id) ?? []).some((m) => byId.get(m)?.category === level)) &&
      (!words.length || found(n.id) || (members.get(n.id) ?? []).some(found)),
  );
  const kept = new Set(keep.flatMap((c) => [c.id, ...(members.get(c.id) ?? []), organizerOf.get(c.id)]));
  // Parents of kept units stay available for "show parents".
  for (const e of graph.edges) if (e.kind === 'PARENT_UNIT' && kept.has(e.source)) kept.add(e.target);
  return {
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

/** Above this many clusters the graph is drawn as an overview: organizers holding their clusters. */
export const OVERVIEW_ABOVE = 40;

/**
 * The overview of a large year, in the shape the layout draws: each organizer a box, its clusters
 * inside as cells ("Cụm thi đua số 8 · 6 đơn vị"); tapping a cluster opens it, an organizer narrows
 * the drawing to its clusters.
 */
export function overviewGraph(graph) {
  const size = new Map();
  for (const e of graph.edges) if (e.kind === 'MEMBER_OF') size.set(e.target, (size.get(e.target) ?? 0) + 1);
  const organizerEdges = graph.edges.filter((e) => e.kind === 'ORGANIZER_OF');
  const organizers = new Set(organizerEdges.map((e) => e.source));
  return {
    nodes: graph.nodes.flatMap((n) => {
      if (organizers.has(n.id)) return [{ ...n, kind: 'CLUSTER', tapKind: 'ORGANIZER' }];
      if (n.kind === 'CLUSTER') return [{ ...n, kind: 'UNIT', tapKind: 'CLUSTER', label: `${n.label} · ${size.get(n.id) ?? 0} đơn vị` }];
      return [];
    }),
    edges: organizerEdges.map((e) => ({ kind: 'MEMBER_OF', source: e.target, target: e.source })),
  };
}
