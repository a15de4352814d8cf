import cytoscape from 'cytoscape';
import { CELL, layoutGraph } from './graph-layout.js';
import { officeWords } from './words.js';

const PADDING = 12;
const MAX_ZOOM = 1.5;
// Tall enough for the national overview (about 70 organizers) at 100% zoom; beyond it the drawing zooms out.
const MAX_HEIGHT = 4000;

const STYLE = [
  {
    selector: 'node[kind="UNIT"]',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: CELL.height - 8,
      label: 'data(label)',
      'font-size': 12,
      color: '#1b1f24',
      'text-wrap': 'wrap',
      'text-max-width': 'data(textWidth)',
      'text-valign': 'center',
      'text-halign': 'center',
      'background-color': '#eef1f4',
      'border-width': 1,
      'border-color': '#8a99a6',
    },
  },
  {
    selector: 'node[role="CHAIR"]',
    style: { 'background-color': '#fdecea', 'border-width': 3, 'border-color': '#b71c1c', 'font-weight': 'bold' },
  },
  {
    selector: 'node[role="VICE_CHAIR"]',
    style: { 'background-color': '#fff3e0', 'border-width': 3, 'border-color': '#c25400', 'border-style': 'double' },
  },
  { selector: 'node[role="OUTSIDE"]', style: { 'background-color': '#ffffff', 'border-style': 'dashed', 'border-color': '#455a64' } },
  {
    selector: 'node[kind="CLUSTER"]',
    style: {
      shape: 'round-rectangle',
      label: 'data(label)',
      'font-size': 14,
      'font-weight': 'bold',
      color: '#7a1515',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      padding: 14,
      'background-color': '#fbf6ef',
      'background-opacity': 1,
      'border-width': 2,
      'border-color': '#8b1a1a',
    },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#0b57d0', 'overlay-opacity': 0.18, 'overlay-padding': 4 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'line-color': '#546e7a',
      'target-arrow-color': '#546e7a',
    },
  },
  { selector: 'edge[kind="PARENT_UNIT"], edge[kind="ORGANIZER_OF"]', style: { 'line-style': 'dashed' } },
];

/**
 * Draws the graph into `container` and makes the container as tall as the drawing needs, so it is
 * shown whole at (about) 100% zoom; `onSelect(kind, entityId, nodeId)` is called when a node is tapped
 * (kind UNIT, CLUSTER, or ORGANIZER in an overview).
 * Returns the Cytoscape instance (also kept as `window.thiduaGraph` for the browser console and tests).
 */
export function drawGraph(container, graph, { withParents, onSelect, previous }) {
  previous?.destroy();
  const width = container.clientWidth;
  const layout = layoutGraph(graph, width - 2 * PADDING, withParents);
  const zoom = Math.min(MAX_ZOOM, (width - 2 * PADDING) / Math.max(layout.width, 1));
  container.style.height = `${Math.min(MAX_HEIGHT, Math.max(160, Math.ceil(layout.height * zoom + 2 * PADDING + 20)))}px`;
  const kindOf = new Map(graph.nodes.filter((n) => n.kind === 'CLUSTER').map((n) => [n.id, n.category]));
  const contained = new Set(layout.clusters.flatMap((c) => c.members.map((m) => `${m}>${c.id}`)));
  const elements = [
    ...layout.clusters.map((c) => ({
      data: { id: c.id, kind: 'CLUSTER', tapKind: c.tapKind ?? 'CLUSTER', entityId: c.entityId, label: c.label, tip: c.entityId },
    })),
    ...graph.nodes
      .filter((n) => n.kind === 'UNIT' && layout.units.has(n.id))
      .map((n) => {
        const at = layout.units.get(n.id);
        const office = at.role === 'CHAIR' || at.role === 'VICE_CHAIR' ? officeWords(kindOf.get(at.parent))[at.role] : '';
        return {
          data: {
            id: n.id,
            kind: 'UNIT',
            tapKind: n.tapKind ?? 'UNIT',
            entityId: n.entityId,
            role: at.role,
            width: layout.cellWidth,
            textWidth: layout.cellWidth - 12,
            parent: at.parent,
            label: office ? `${n.label}\n(${office})` : n.label,
            tip: n.entityId,
          },
          position: { x: at.x, y: at.y },
        };
      }),
    ...graph.edges
      .filter((e) => layout.units.has(e.source) && (layout.units.has(e.target) || kindOf.has(e.target)))
      .filter((e) =>
        e.kind === 'MEMBER_OF' ? !contained.has(`${e.source}>${e.target}`) : e.kind === 'PARENT_UNIT' || e.kind === 'ORGANIZER_OF',
      )
      .filter((e) => withParents || e.kind === 'MEMBER_OF')
      .map((e) => ({ data: { id: `${e.kind}:${e.source}>${e.target}`, source: e.source, target: e.target, kind: e.kind } })),
  ];
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: { name: 'preset', fit: true, padding: PADDING },
    maxZoom: MAX_ZOOM,
    autoungrabify: true,
    boxSelectionEnabled: false,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (event) => onSelect(event.target.data('tapKind'), event.target.data('entityId'), event.target.id()));
  window.thiduaGraph = cy;
  return cy;
}
