import { byName } from './graph-layout.js';

/**
 * Narrowing a year's cluster graph for drawing: by organizer, by the level of the member units, by
 * one cluster, or to the clusters around the units a search finds. At national scale (150 clusters)
 * this is what makes the drawing readable; the whole year stays one request.
 */

/** Lower case, without diacritics, đ as d: "Tân Châu" and "tan chau" match. */
export const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** The organizers of the year's clusters, by name: [{ id, label }]. */
export function organizersOf(graph) {
  const ids = new Set(graph.edges.filter((e) => e.kind === 'ORGANIZER_OF').map((e) => e.source));
  return graph.nodes.filter((n) => ids.has(n.id)).sort(byName);
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
 * The overview of a large year, in the shape the layout draws: one box holding the organizers, each
 * a cell with its number of clusters ("VKSND tỉnh An Giang · 2 cụm"); tapping one narrows the
 * drawing to its clusters. A hundred and fifty clusters with their members cannot be read at once.
 */
export function overviewGraph(graph) {
  const clusters = new Map();
  for (const e of graph.edges) if (e.kind === 'ORGANIZER_OF') clusters.set(e.source, (clusters.get(e.source) ?? 0) + 1);
  const box = {
    id: 'overview',
    kind: 'CLUSTER',
    tapKind: 'NONE',
    entityId: '',
    category: 'CLUSTER',
    label: 'Cơ quan tổ chức: chọn một cơ quan để vẽ các cụm của cơ quan đó',
  };
  return {
    nodes: [
      box,
      ...graph.nodes
        .filter((n) => clusters.has(n.id))
        .sort(byName)
        .map((n) => ({ ...n, tapKind: 'ORGANIZER', label: `${n.label} · ${clusters.get(n.id)} cụm` })),
    ],
    edges: [...clusters.keys()].map((id) => ({ kind: 'MEMBER_OF', source: id, target: box.id })),
  };
}
