import cytoscape from 'cytoscape';
import { escape, graphql, points, viDate, viDateTime } from './api.js';

const $ = (id) => document.getElementById(id);
const state = { token: '', year: 2022, asOf: null, graph: null };
const STAGES = { SELF: 'Tự chấm', CLUSTER: 'Cụm chấm', COUNCIL: 'Hội đồng duyệt' };
const LEVELS = { SUPREME: 'VKSND tối cao', SUPREME_DEPARTMENT: 'Đơn vị thuộc VKSND tối cao', HIGH: 'VKSND cấp cao', PROVINCIAL: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', REGIONAL: 'Khu vực' };
const ROLES = { CHAIR: 'Cụm trưởng', VICE_CHAIR: 'Cụm phó', MEMBER: 'Thành viên' };
const STATUS = { PROPOSED: 'Đã đề nghị', DECIDED: 'Đã quyết định', REVOKED: 'Đã thu hồi' };

const asOfValue = () => (state.asOf ? state.asOf : null);
const status = (text) => ($('status').textContent = text);
const details = (html) => ($('details').innerHTML = html);

async function call(query, variables) {
  try {
    return await graphql(state.token, query, { ...variables, asOf: asOfValue() });
  } catch (error) {
    status(`Lỗi: ${error.message}`);
    throw error;
  }
}

const GRAPH = `query($year: Int!, $asOf: AsOf) {
  clusterGraph(year: $year, asOf: $asOf) { nodes { id kind entityId label category } edges { kind source target } } }`;
const DIFF = `query($from: Int!, $to: Int!, $asOf: AsOf) { clusterGraphDiff(fromYear: $from, toYear: $to, asOf: $asOf) {
  clusters { clusterId change joined left roleChanges { unitId from to } } renamedUnits { unitId fromName toName } } }`;

function drawGraph({ nodes, edges }) {
  state.graph?.destroy();
  state.graph = cytoscape({
    container: $('graph'),
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, entityId: n.entityId } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind } })),
    ],
    layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110, 'background-color': '#607d8b', width: 18, height: 18 } },
      { selector: 'node[kind="CLUSTER"]', style: { shape: 'round-rectangle', 'background-color': '#8b1a1a', width: 34, height: 22, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#90a4ae', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#90a4ae', 'arrow-scale': 0.6 } },
      { selector: 'edge[kind="CHAIR_OF"]', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', width: 3 } },
      { selector: 'edge[kind="VICE_CHAIR_OF"]', style: { 'line-color': '#ef6c00', 'target-arrow-color': '#ef6c00', width: 2.5 } },
      { selector: 'edge[kind="PARENT_UNIT"], edge[kind="ORGANIZER_OF"]', style: { 'line-style': 'dashed', 'line-color': '#607d8b' } },
    ],
  });
  state.graph.on('tap', 'node', (event) => select(event.target.data('kind'), event.target.data('entityId')));
  $('node-list').innerHTML = [...nodes]
    .sort((a, b) => (a.kind === b.kind ? a.label.localeCompare(b.label, 'vi') : a.kind === 'CLUSTER' ? -1 : 1))
    .map((n) => `<li><button type="button" data-kind="${n.kind}" data-id="${escape(n.entityId)}">${n.kind === 'CLUSTER' ? '▣' : '●'} ${escape(n.label)}</button></li>`)
    .join('');
}

async function load() {
  status('Đang tải…');
  const [{ clusterGraph }, { clusterGraphDiff }] = await Promise.all([
    call(GRAPH, { year: state.year }),
    call(DIFF, { from: state.year - 1, to: state.year }),
  ]);
  drawGraph(clusterGraph);
  const changes = clusterGraphDiff.clusters.map((c) => {
    const parts = [
      c.change === 'FORMED' ? 'bắt đầu năm thi đua' : c.change === 'GONE' ? 'không có năm thi đua này' : '',
      c.joined.length ? `gia nhập: ${c.joined.join(', ')}` : '',
      c.left.length ? `rời đi: ${c.left.join(', ')}` : '',
      ...c.roleChanges.map((r) => `${r.unitId}: ${ROLES[r.from]} → ${ROLES[r.to]}`),
    ].filter(Boolean);
    return `<li><strong>${escape(c.clusterId)}</strong>: ${escape(parts.join('; ') || 'không thay đổi')}</li>`;
  });
  const renames = clusterGraphDiff.renamedUnits.map((r) => `<li>${escape(r.fromName)} → ${escape(r.toName)}</li>`);
  $('diff').innerHTML = `<ul>${[...changes, ...renames].join('') || '<li>Không có thay đổi.</li>'}</ul>`;
  status(`Năm ${state.year}${state.asOf ? `, như đã biết ngày ${viDate(state.asOf)}` : ''}: ${clusterGraph.nodes.length} nút, ${clusterGraph.edges.length} quan hệ.`);
}

async function select(kind, id) {
  if (kind === 'CLUSTER') return showCluster(id);
  return showUnit(id);
}

async function showUnit(id) {
  const { unit } = await call(`query($id: ID!, $asOf: AsOf) { unit(id: $id, asOf: $asOf) {
    id name shortName level parent { name } names { name effectiveFrom } predecessors { name } successor { name } endedOn
    memberships { year clusterId chair viceChair recordOfUnitId } titles { year titleName status decisionNumber revocationGrounds recordOfUnitId } } }`, { id });
  if (!unit) return details('<p>Không tìm thấy đơn vị.</p>');
  const role = (m) => (m.chair ? 'Cụm trưởng' : m.viceChair ? 'Cụm phó' : 'Thành viên');
  details(`<h2 id="unit-name">${escape(unit.name)}</h2>
    <p>${escape(LEVELS[unit.level] ?? unit.level)}${unit.parent ? ` · thuộc ${escape(unit.parent.name)}` : ''}${unit.endedOn ? ` · kết thúc ${viDate(unit.endedOn)}${unit.successor ? `, sáp nhập vào ${escape(unit.successor.name)}` : ''}` : ''}</p>
    <h3>Tên qua thời gian</h3><ul>${unit.names.map((n) => `<li>${escape(n.name)}${n.effectiveFrom ? ` (từ ${viDate(n.effectiveFrom)})` : ''}</li>`).join('')}</ul>
    ${unit.predecessors.length ? `<h3>Đơn vị tiền thân</h3><ul>${unit.predecessors.map((p) => `<li>${escape(p.name)}</li>`).join('')}</ul>` : ''}
    <h3>Cụm theo năm</h3><table><thead><tr><th>Năm</th><th>Cụm</th><th>Vai trò</th></tr></thead><tbody id="memberships">
    ${unit.memberships.map((m) => `<tr><td>${m.year}</td><td><button type="button" data-cluster="${escape(m.clusterId)}" data-year="${m.year}">${escape(m.clusterId)}</button></td><td>${role(m)}${m.recordOfUnitId !== unit.id ? ` (hồ sơ của ${escape(m.recordOfUnitId)})` : ''}</td></tr>`).join('')}</tbody></table>
    <h3>Danh hiệu theo năm</h3><table><thead><tr><th>Năm</th><th>Danh hiệu</th><th>Trạng thái</th><th>Quyết định</th></tr></thead><tbody>
    ${unit.titles.map((t) => `<tr><td>${t.year}</td><td>${escape(t.titleName)}</td><td>${STATUS[t.status]}${t.revocationGrounds ? `: ${escape(t.revocationGrounds)}` : ''}</td><td>${escape(t.decisionNumber)}</td></tr>`).join('') || '<tr><td colspan="4">Chưa có.</td></tr>'}</tbody></table>`);
}

/** Khối for a bloc, Cụm for a cluster: the word officers use for the group and its offices. */
const group = (kind) => (kind === 'BLOC' ? 'Khối' : 'Cụm');

async function showCluster(clusterId, year = state.year) {
  const { clusterYear, rankings } = await call(`query($c: ID!, $y: Int!, $asOf: AsOf) {
    clusterYear(clusterId: $c, year: $y, asOf: $asOf) { cluster { name kind } chair { name } viceChair { name } agreement { theme ceremonyDate inForce } }
    rankings(clusterId: $c, year: $y, asOf: $asOf) { finalized units { unitId rank effectiveTotal classification totals { stage total } } } }`, { c: clusterId, y: year });
  if (!clusterYear) return details('<p>Cụm không có năm thi đua này.</p>');
  const total = (u, stage) => points(u.totals.find((t) => t.stage === stage)?.total);
  details(`<h2 id="cluster-name">${escape(clusterYear.cluster?.name ?? clusterId)} – năm ${year}</h2>
    <p>${group(clusterYear.cluster?.kind)} trưởng: ${escape(clusterYear.chair?.name ?? 'chưa có')} · ${group(clusterYear.cluster?.kind)} phó: ${escape(clusterYear.viceChair?.name ?? 'chưa có')}</p>
    ${clusterYear.agreement ? `<p>Giao ước${clusterYear.agreement.theme ? `: “${escape(clusterYear.agreement.theme)}”` : ' (chủ đề chưa ghi nhận)'}, ký ngày ${viDate(clusterYear.agreement.ceremonyDate)}${clusterYear.agreement.inForce ? ' (có hiệu lực)' : ''}</p>` : ''}
    <h3>Bảng xếp hạng${rankings?.finalized ? ' (đã chốt)' : ''}</h3>
    ${rankings ? `<table id="ranking"><thead><tr><th>Hạng</th><th>Đơn vị</th><th>Tự chấm</th><th>Cụm chấm</th><th>Hội đồng</th><th>Tổng</th><th>Xếp loại</th></tr></thead><tbody>
    ${rankings.units.map((u) => `<tr><td>${u.rank ?? ''}</td><td><button type="button" data-sheet="${escape(u.unitId)}" data-cluster="${escape(clusterId)}" data-year="${year}">${escape(u.unitId)}</button></td><td class="num">${total(u, 'SELF')}</td><td class="num">${total(u, 'CLUSTER')}</td><td class="num">${total(u, 'COUNCIL')}</td><td class="num">${u.effectiveStage ? points(u.effectiveTotal) : ''}</td><td>${escape(u.classification)}</td></tr>`).join('')}</tbody></table>` : '<p>Chưa áp dụng bộ tiêu chí.</p>'}
    <div id="sheet"></div>`);
}

async function showSheet(clusterId, year, unitId) {
  const { scoreSheet } = await call(`query($c: ID!, $y: Int!, $u: ID!, $asOf: AsOf) { scoreSheet(clusterId: $c, year: $y, unitId: $u, asOf: $asOf) {
    rows { criterionId criterionName maxPoints self cluster council } } }`, { c: clusterId, y: year, u: unitId });
  const cell = (row, stage, value) =>
    value === null ? '' : `<button type="button" data-history="${escape(row.criterionId)}" data-unit="${escape(unitId)}" data-cluster="${escape(clusterId)}" data-year="${year}">${points(value)}</button>`;
  $('sheet').innerHTML = `<h3 id="sheet-title">Bảng điểm: ${escape(unitId)}</h3><table><thead><tr><th>Tiêu chí</th><th>Tối đa</th><th>Tự chấm</th><th>Cụm chấm</th><th>Hội đồng</th></tr></thead><tbody>
    ${scoreSheet.rows.map((r) => `<tr><td>${escape(r.criterionName)}</td><td class="num">${points(r.maxPoints)}</td><td class="num">${cell(r, 'SELF', r.self)}</td><td class="num">${cell(r, 'CLUSTER', r.cluster)}</td><td class="num">${cell(r, 'COUNCIL', r.council)}</td></tr>`).join('')}</tbody></table><div id="history"></div>`;
}

async function showHistory(clusterId, year, unitId, criterionId) {
  const { scoreHistory } = await call(`query($c: ID!, $y: Int!, $u: ID!, $k: ID!, $asOf: AsOf) { scoreHistory(clusterId: $c, year: $y, unitId: $u, criterionId: $k, asOf: $asOf) {
    recordedAt stage from to reason actor { id name role } } }`, { c: clusterId, y: year, u: unitId, k: criterionId });
  $('history').innerHTML = `<h3>Lịch sử điểm tiêu chí ${escape(criterionId)}</h3><table class="history" id="history-table"><thead><tr><th>Thời điểm</th><th>Người thực hiện</th><th>Giai đoạn</th><th>Từ</th><th>Thành</th><th>Lý do</th></tr></thead><tbody>
    ${scoreHistory.map((h) => `<tr><td>${viDateTime(h.recordedAt)}</td><td>${escape(h.actor.name ?? h.actor.id)} (${escape(h.actor.role)})</td><td>${STAGES[h.stage]}</td><td class="num">${h.from === null ? '–' : points(h.from)}</td><td class="num">${points(h.to)}</td><td>${escape(h.reason ?? '')}</td></tr>`).join('')}</tbody></table>`;
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[type="button"]');
  if (!button) return;
  const { kind, id, cluster, year, sheet, history, unit } = button.dataset;
  if (kind) void select(kind, id);
  else if (history) void showHistory(cluster, Number(year), unit, history);
  else if (sheet) void showSheet(cluster, Number(year), sheet);
  else if (cluster) void showCluster(cluster, Number(year));
});

$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  state.token = $('token').value.trim();
  localStorage.setItem('thidua-token', state.token);
  state.year = Number($('year').value);
  state.asOf = $('asOf').value || null;
  void load();
});

const thisYear = new Date().getFullYear();
$('year').innerHTML = Array.from({ length: thisYear - 2015 }, (_, i) => thisYear - i).map((y) => `<option ${y === 2022 ? 'selected' : ''}>${y}</option>`).join('');
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
state.token = fromHash ?? localStorage.getItem('thidua-token') ?? '';
$('token').value = state.token;
if (state.token) void load();
else status('Dán token (npm run token -- --role AUDITOR --sub ten-ban) rồi bấm Xem.');
