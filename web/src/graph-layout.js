/**
 * A deterministic drawing of one year's cluster graph: each cluster a box with its members in a grid
 * inside (chair first, then vice-chair, then the others by name), the boxes packed in rows no wider
 * than the panel, in the order of their names. The same data and the same panel width always give
 * the same positions, and everything is drawn at 100% zoom so labels keep their size.
 */
export const CELL = { width: 168, narrowest: 130, height: 64, gap: 12 };
const CLUSTER = { header: 34, padding: 14, gap: 24 };
/** Vietnamese order, numbers by value: "số 2" before "số 10". */
export const byName = (a, b) => a.label.localeCompare(b.label, 'vi', { numeric: true });

/**
 * @param {{ nodes: {id, kind, label, category}[], edges: {kind, source, target}[] }} graph
 * @param {number} panelWidth the width available, in CSS pixels
 * @param {boolean} withParents also place the parent units and organizers that belong to no cluster
 * @returns {{ clusters: object[], units: Map<string, {x, y, parent?, role}>, height: number, width: number, cellWidth: number }}
 */
export function layoutGraph(graph, panelWidth, withParents) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const roleOf = new Map();
  const membersOf = new Map();
  for (const e of graph.edges) {
    if (e.kind === 'CHAIR_OF' || e.kind === 'VICE_CHAIR_OF') roleOf.set(`${e.source}>${e.target}`, e.kind);
    if (e.kind === 'MEMBER_OF') membersOf.set(e.target, [...(membersOf.get(e.target) ?? []), e.source]);
  }
  const rank = (clusterId, unitId) => ({ CHAIR_OF: 0, VICE_CHAIR_OF: 1 })[roleOf.get(`${unitId}>${clusterId}`)] ?? 2;
  const placed = new Map();
  const clusters = [];
  // On a phone, narrower cells keep two members side by side.
  const cellWidth = Math.max(CELL.narrowest, Math.min(CELL.width, Math.floor((panelWidth - 4 * CLUSTER.padding - CELL.gap) / 2)));
  const usable = Math.max(panelWidth - 2 * CLUSTER.padding, cellWidth + 2 * CLUSTER.padding);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  const place = (boxWidth, boxHeight) => {
    if (x > 0 && x + boxWidth > usable) {
      x = 0;
      y += rowHeight + CLUSTER.gap;
      rowHeight = 0;
    }
    const at = { x, y };
    x += boxWidth + CLUSTER.gap;
    rowHeight = Math.max(rowHeight, boxHeight);
    width = Math.max(width, at.x + boxWidth);
    return at;
  };
  const columnsFit = Math.max(1, Math.floor((usable - 2 * CLUSTER.padding + CELL.gap) / (cellWidth + CELL.gap)));

  for (const cluster of graph.nodes.filter((n) => n.kind === 'CLUSTER').sort(byName)) {
    // A unit in two clusters of one year is drawn in the first only (a node has one box).
    const members = (membersOf.get(cluster.id) ?? [])
      .filter((id) => nodes.has(id) && !placed.has(id))
      .map((id) => nodes.get(id))
      .sort((a, b) => rank(cluster.id, a.id) - rank(cluster.id, b.id) || byName(a, b));
    const columns = Math.min(columnsFit, Math.max(1, Math.ceil(Math.sqrt(members.length * 1.6))));
    const rows = Math.max(1, Math.ceil(members.length / columns));
    const boxWidth = columns * cellWidth + (columns - 1) * CELL.gap + 2 * CLUSTER.padding;
    const boxHeight = CLUSTER.header + rows * CELL.height + (rows - 1) * CELL.gap + CLUSTER.padding;
    const at = place(boxWidth, boxHeight);
    clusters.push({ ...cluster, members: members.map((m) => m.id) });
    members.forEach((m, i) => {
      placed.set(m.id, {
        x: at.x + CLUSTER.padding + (i % columns) * (cellWidth + CELL.gap) + cellWidth / 2,
        y: at.y + CLUSTER.header + Math.floor(i / columns) * (CELL.height + CELL.gap) + CELL.height / 2,
        parent: cluster.id,
        role: { CHAIR_OF: 'CHAIR', VICE_CHAIR_OF: 'VICE_CHAIR' }[roleOf.get(`${m.id}>${cluster.id}`)] ?? 'MEMBER',
      });
    });
  }
  if (withParents) {
    const outside = graph.nodes.filter((n) => n.kind === 'UNIT' && !placed.has(n.id)).sort(byName);
    if (outside.length) {
      x = 0;
      y += rowHeight + CLUSTER.gap * 2;
      rowHeight = 0;
      for (const unit of outside) {
        const at = place(cellWidth, CELL.height);
        placed.set(unit.id, { x: at.x + cellWidth / 2, y: at.y + CELL.height / 2, role: 'OUTSIDE' });
      }
    }
  }
  return { clusters, units: placed, width, height: y + rowHeight, cellWidth };
}
