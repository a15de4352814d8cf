import { download, escape, graphql, PageError, parseViDate, points, viDate, viDateTime } from './api.js';
import { filterGraph, organizersOf, overviewGraph, OVERVIEW_ABOVE } from './graph-filter.js';
import { drawGraph } from './graph.js';
import { byName } from './graph-layout.js';
import { followClusterYear } from './live.js';
import { readToken, keepToken } from './token.js';
import { ACTOR_ROLES, AWARD_STATUS, LEVELS, STAGES, officeWords } from './words.js';

const $ = (id) => document.getElementById(id);
const state = { token: '', year: null, asOf: null, graph: null, data: null };
/** Stops following the cluster year shown before, if any. */
let unfollow = () => {};

const status = (text, isError = false) => {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
};

/** Shows `html` as the details and brings them into view (on a phone they are below the graph). */
function details(html) {
  $('details').innerHTML = html;
  const heading = $('details').querySelector('h2');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus({ preventScroll: true });
  $('details').scrollIntoView({ block: 'start', behavior: 'instant' });
}

async function call(query, variables = {}) {
  try {
    return await graphql(state.token, query, { ...variables, asOf: state.asOf });
  } catch (error) {
    status(error instanceof PageError ? error.message : `Lỗi: ${error.message}`, true);
    throw error;
  }
}

const GRAPH = `query($year: Int!, $asOf: AsOf) {
  clusterGraph(year: $year, asOf: $asOf) { nodes { id: key kind entityId label category } edges { kind source target } } }`;
const DIFF = `query($from: Int!, $to: Int!, $asOf: AsOf) { clusterGraphDiff(fromYear: $from, toYear: $to, asOf: $asOf) {
  clusters { clusterId change joined left roleChanges { unitId from to } } renamedUnits { unitId fromName toName } } }`;
const YEARS = `query($asOf: AsOf) { units(asOf: $asOf) { memberships { year } } }`;

/** The years that hold a cluster year in the data, newest first; the selected one kept if it is among them. */
async function offerYears() {
  const { units } = await call(YEARS);
  const years = [...new Set(units.flatMap((u) => u.memberships.map((m) => m.year)))].sort((a, b) => b - a);
  if (!years.length) years.push(new Date().getFullYear());
  if (!years.includes(state.year)) state.year = years[0];
  $('year').innerHTML = years.map((y) => `<option value="${y}" ${y === state.year ? 'selected' : ''}>${y}</option>`).join('');
}

/** Names of the units and clusters as the year's graphs label them, by entity id. */
function nameBook(...graphs) {
  const book = new Map();
  for (const graph of graphs) for (const n of graph.nodes) if (!book.has(n.entityId)) book.set(n.entityId, n);
  return { name: (id) => book.get(id)?.label ?? id, kind: (id) => book.get(id)?.category };
}

/** A name a person reads, with the id kept for the tooltip. */
const named = (book, id) => `<span title="${escape(id)}">${escape(book.name(id))}</span>`;

const FILTERS = ['f-organizer', 'f-level', 'f-cluster', 'f-search'];
const options = (items) =>
  ['<option value="">Tất cả</option>', ...items.map(([value, label]) => `<option value="${escape(value)}">${escape(label)}</option>`)].join(
    '',
  );

/** The year's organizers, member levels and clusters offered in the filters; what was chosen is kept when the year still has it. */
function offerFilters(graph) {
  const clusters = graph.nodes.filter((n) => n.kind === 'CLUSTER').sort(byName);
  const members = new Set(graph.edges.filter((e) => e.kind === 'MEMBER_OF').map((e) => e.source));
  const levels = [...new Set(graph.nodes.filter((n) => members.has(n.id)).map((n) => n.category))];
  const fill = (id, items) => {
    const chosen = $(id).value;
    $(id).innerHTML = options(items);
    $(id).value = items.some(([value]) => value === chosen) ? chosen : '';
  };
  fill(
    'f-organizer',
    organizersOf(graph).map((n) => [n.id, n.label]),
  );
  fill(
    'f-level',
    levels.map((level) => [level, LEVELS[level] ?? level]),
  );
  fill(
    'f-cluster',
    clusters.map((n) => [n.id, n.label]),
  );
}

/** Draws what the filters keep (an overview of organizers and clusters when that is still too much) and lists it. */
function redraw() {
  if (!state.data) return;
  const shown = filterGraph(state.data.graph, {
    organizer: $('f-organizer').value,
    level: $('f-level').value,
    cluster: $('f-cluster').value,
    search: $('f-search').value.trim(),
  });
  const clusters = shown.nodes.filter((n) => n.kind === 'CLUSTER').length;
  const overview = clusters > OVERVIEW_ABOVE;
  $('graph-note').textContent = overview
    ? `Sơ đồ tổng quan: ${clusters} cụm, quá nhiều để vẽ cùng các đơn vị thành viên. Chọn một cơ quan tổ chức (trên sơ đồ hoặc ở ô lọc), một cấp, một cụm hoặc tìm một đơn vị.`
    : `Đang vẽ ${clusters} cụm${clusters < state.data.clusters ? ` trong ${state.data.clusters}` : ''}.`;
  state.graph = drawGraph($('graph'), overview ? overviewGraph(shown) : shown, {
    withParents: !overview && $('with-parents').checked,
    onSelect: (kind, id, nodeId) => {
      if (kind === 'NONE') return;
      if (kind !== 'ORGANIZER') return void select(kind, id);
      $('f-organizer').value = nodeId;
      setTimeout(redraw, 0); // not inside the drawing's own tap handler: redrawing destroys it
    },
    previous: state.graph,
  });
  $('node-list').innerHTML = [...shown.nodes]
    .sort((a, b) => (a.kind === b.kind ? byName(a, b) : a.kind === 'CLUSTER' ? -1 : 1))
    .map(
      (n) =>
        `<li><button type="button" data-kind="${n.kind}" data-id="${escape(n.entityId)}" title="${escape(n.entityId)}">${n.kind === 'CLUSTER' ? '▣' : '●'} ${escape(n.label)}</button></li>`,
    )
    .join('');
}

async function load() {
  status('Đang tải…');
  if (!$('year').options.length) await offerYears();
  const [{ clusterGraph }, { clusterGraph: before }, { clusterGraphDiff }] = await Promise.all([
    call(GRAPH, { year: state.year }),
    call(GRAPH, { year: state.year - 1 }),
    call(DIFF, { from: state.year - 1, to: state.year }),
  ]);
  const book = nameBook(clusterGraph, before);
  const clusters = clusterGraph.nodes.filter((n) => n.kind === 'CLUSTER').length;
  state.data = { graph: clusterGraph, book, clusters };
  offerFilters(clusterGraph);
  redraw();
  const changes = clusterGraphDiff.clusters.map((c) => {
    const words = officeWords(book.kind(c.clusterId));
    const parts = [
      c.change === 'FORMED' ? 'bắt đầu năm thi đua' : c.change === 'GONE' ? 'không có năm thi đua này' : '',
      c.joined.length ? `gia nhập: ${c.joined.map((id) => named(book, id)).join(', ')}` : '',
      c.left.length ? `rời đi: ${c.left.map((id) => named(book, id)).join(', ')}` : '',
      ...c.roleChanges.map((r) => `${named(book, r.unitId)}: ${words[r.from]} → ${words[r.to]}`),
    ].filter(Boolean);
    return `<li><strong>${named(book, c.clusterId)}</strong>: ${parts.join('; ') || 'không thay đổi'}</li>`;
  });
  const renames = clusterGraphDiff.renamedUnits.map((r) => `<li>${escape(r.fromName)} → ${escape(r.toName)}</li>`);
  $('diff').innerHTML = `<ul>${[...changes, ...renames].join('') || '<li>Không có thay đổi.</li>'}</ul>`;
  status(
    `Năm ${state.year}${state.asOf ? `, như đã biết ngày ${viDate(state.asOf)}` : ''}: ${clusters} cụm, ${clusterGraph.nodes.length - clusters} đơn vị.`,
  );
}

async function select(kind, id) {
  if (kind === 'CLUSTER') return showCluster(id);
  return showUnit(id);
}

async function showUnit(id) {
  unfollow();
  const { unit } = await call(
    `query($id: ID!, $asOf: AsOf) { unit(id: $id, asOf: $asOf) {
    id: unitId name shortName level parent { name } names { name effectiveFrom } predecessors { name } successor { name } endedOn
    memberships { year clusterId chair viceChair recordOfUnitId } titles { year titleName status decisionNumber revocationGrounds recordOfUnitId } } }`,
    { id },
  );
  if (!unit) return details('<h2>Không tìm thấy đơn vị.</h2>');
  const book = state.data.book;
  const role = (m) => officeWords(book.kind(m.clusterId))[m.chair ? 'CHAIR' : m.viceChair ? 'VICE_CHAIR' : 'MEMBER'];
  details(`<h2 id="unit-name">${escape(unit.name)}</h2>
    <p>${escape(LEVELS[unit.level] ?? unit.level)}${unit.parent ? ` · thuộc ${escape(unit.parent.name)}` : ''}${unit.endedOn ? ` · kết thúc ${viDate(unit.endedOn)}${unit.successor ? `, sáp nhập vào ${escape(unit.successor.name)}` : ''}` : ''}</p>
    <h3>Tên qua thời gian</h3><ul>${unit.names.map((n) => `<li>${escape(n.name)}${n.effectiveFrom ? ` (từ ${viDate(n.effectiveFrom)})` : ''}</li>`).join('')}</ul>
    ${unit.predecessors.length ? `<h3>Đơn vị tiền thân</h3><ul>${unit.predecessors.map((p) => `<li>${escape(p.name)}</li>`).join('')}</ul>` : ''}
    <h3>Cụm theo năm</h3><div class="table-scroll" tabindex="0"><table><thead><tr><th scope="col">Năm</th><th scope="col">Cụm</th><th scope="col">Vai trò</th></tr></thead><tbody id="memberships">
    ${unit.memberships.map((m) => `<tr><td>${m.year}</td><td><button type="button" data-cluster="${escape(m.clusterId)}" data-year="${m.year}" title="${escape(m.clusterId)}">${escape(book.name(m.clusterId))}</button></td><td>${role(m)}${m.recordOfUnitId !== unit.id ? ' (hồ sơ của đơn vị tiền thân)' : ''}</td></tr>`).join('')}</tbody></table></div>
    <h3>Danh hiệu theo năm</h3><div class="table-scroll" tabindex="0"><table><thead><tr><th scope="col">Năm</th><th scope="col">Danh hiệu</th><th scope="col">Trạng thái</th><th scope="col">Quyết định</th></tr></thead><tbody>
    ${unit.titles.map((t) => `<tr><td>${t.year}</td><td>${escape(t.titleName)}</td><td>${AWARD_STATUS[t.status]}${t.revocationGrounds ? `: ${escape(t.revocationGrounds)}` : ''}</td><td>${escape(t.decisionNumber)}</td></tr>`).join('') || '<tr><td colspan="4">Chưa có.</td></tr>'}</tbody></table></div>`);
}

/** The buttons that print a report or save it as PDF; `path` is its export path without the extension. */
const reportActions = (path, what) =>
  `<p class="report-actions"><button type="button" data-print="${escape(path)}">In ${what}</button> <button type="button" data-pdf="${escape(path)}">Tải PDF ${what}</button></p>`;

const CLUSTER_YEAR = `query($c: ID!, $y: Int!, $asOf: AsOf) {
  clusterYear(clusterId: $c, year: $y, asOf: $asOf) { cluster { name kind } chair { name } viceChair { name } members { id: unitId name shortName }
    agreement { theme signingDate { precision text } inForce signatures { unitId } } }
  rankings(clusterId: $c, year: $y, asOf: $asOf) { finalized units { unitId rank effectiveStage effectiveTotal classification totals { stage total } } } }`;

/** "ngày 14/02/2020", "tháng 02/2020", "năm 2020": as precise as the record, never an invented day. */
const signedWhen = (date) => (!date ? '(ngày chưa ghi nhận)' : date.precision === 'DAY' ? `ngày ${date.text}` : escape(date.text));

/** The facts of a cluster year and its ranking: the part of the cluster view that follows live changes. */
function clusterBody(clusterId, year, { clusterYear, rankings }) {
  const words = officeWords(clusterYear.cluster?.kind);
  const members = new Map(clusterYear.members.map((m) => [m.id, m.shortName ?? m.name]));
  const total = (u, stage) => points(u.totals.find((t) => t.stage === stage)?.total);
  const query = state.asOf ? `?asOf=${state.asOf}` : '';
  const agreement = clusterYear.agreement;
  return `<p>${words.CHAIR}: ${escape(clusterYear.chair?.name ?? 'chưa có')} · ${words.VICE_CHAIR}: ${escape(clusterYear.viceChair?.name ?? 'chưa có')}</p>
    ${agreement ? `<p>Giao ước${agreement.theme ? `: “${escape(agreement.theme)}”` : ' (chủ đề chưa ghi nhận)'}, ký ${signedWhen(agreement.signingDate)}; <span id="signatures">đã ký ${agreement.signatures.length}/${members.size} đơn vị</span>${agreement.inForce ? ' (có hiệu lực)' : ''}</p>` : ''}
    ${reportActions(`/exports/cluster-year/${clusterId}/${year}${query}`, 'hồ sơ năm')}
    <h3>Bảng xếp hạng${rankings?.finalized ? ' (đã chốt)' : ''}</h3>
    ${
      rankings
        ? `${reportActions(`/exports/rankings/${clusterId}/${year}${query}`, 'bảng xếp hạng')}
    <div class="table-scroll" tabindex="0"><table id="ranking"><thead><tr><th scope="col">Hạng</th><th scope="col">Đơn vị</th><th scope="col" class="num">Tự chấm</th><th scope="col" class="num">Cụm chấm</th><th scope="col" class="num">Hội đồng</th><th scope="col" class="num">Tổng</th><th scope="col">Xếp loại</th></tr></thead><tbody>
    ${rankings.units.map((u) => `<tr><td>${u.rank ?? ''}</td><td class="unit"><button type="button" data-sheet="${escape(u.unitId)}" data-cluster="${escape(clusterId)}" data-year="${year}" title="${escape(u.unitId)}">${escape(members.get(u.unitId) ?? state.data.book.name(u.unitId))}</button></td><td class="num">${total(u, 'SELF')}</td><td class="num">${total(u, 'CLUSTER')}</td><td class="num">${total(u, 'COUNCIL')}</td><td class="num total">${u.effectiveStage ? points(u.effectiveTotal) : '–'}</td><td>${escape(u.classification ?? '')}</td></tr>`).join('')}</tbody></table></div>`
        : '<p>Chưa áp dụng bộ tiêu chí.</p>'
    }`;
}

async function showCluster(clusterId, year = state.year) {
  unfollow();
  const data = await call(CLUSTER_YEAR, { c: clusterId, y: year });
  if (!data.clusterYear) return details('<h2>Cụm không có năm thi đua này.</h2>');
  details(`<h2 id="cluster-name">${escape(data.clusterYear.cluster?.name ?? clusterId)} – năm ${year}</h2>
    <p id="live" class="live"></p><div id="cluster-body">${clusterBody(clusterId, year, data)}</div><div id="sheet"></div>`);
  // A past state does not change; the present one is followed as the service records it.
  if (state.asOf) return;
  let refresh;
  const reload = () => {
    clearTimeout(refresh);
    refresh = setTimeout(async () => {
      const fresh = await call(CLUSTER_YEAR, { c: clusterId, y: year });
      if (!fresh.clusterYear || !$('cluster-body')) return;
      $('cluster-body').innerHTML = clusterBody(clusterId, year, fresh);
      $('live').textContent = `Cập nhật trực tiếp lúc ${new Date().toLocaleTimeString('vi-VN')}.`;
    }, 200);
  };
  const stop = followClusterYear(state.token, clusterId, year, {
    onChange: reload,
    onReady: (reconnected) => {
      if (reconnected) reload();
      else $('live').textContent = 'Đang theo dõi trực tiếp: chữ ký và bảng xếp hạng tự cập nhật.';
    },
    onLost: () => $('live') && ($('live').textContent = 'Mất kết nối cập nhật trực tiếp: bấm Xem để tải lại.'),
  });
  unfollow = () => {
    clearTimeout(refresh);
    stop();
  };
}

async function showSheet(clusterId, year, unitId) {
  const { scoreSheet, unit } = await call(
    `query($c: ID!, $y: Int!, $u: ID!, $asOf: AsOf) { unit(id: $u, asOf: $asOf) { name }
    scoreSheet(clusterId: $c, year: $y, unitId: $u, asOf: $asOf) { rows { criterionId criterionName maxPoints self cluster council } } }`,
    { c: clusterId, y: year, u: unitId },
  );
  if (!scoreSheet) return;
  const cell = (row, value) =>
    value === null
      ? ''
      : `<button type="button" data-history="${escape(row.criterionId)}" data-criterion="${escape(row.criterionName)}" data-unit="${escape(unitId)}" data-cluster="${escape(clusterId)}" data-year="${year}">${points(value)}</button>`;
  $('sheet').innerHTML = `<h3 id="sheet-title" tabindex="-1">Bảng điểm: ${escape(unit?.name ?? unitId)}</h3>
    ${reportActions(`/exports/score-sheet/${clusterId}/${year}/${unitId}${state.asOf ? `?asOf=${state.asOf}` : ''}`, 'bảng điểm')}
    <div class="table-scroll" tabindex="0"><table id="sheet-table"><thead><tr><th scope="col">Tiêu chí</th><th scope="col" class="num">Tối đa</th><th scope="col" class="num">Tự chấm</th><th scope="col" class="num">Cụm chấm</th><th scope="col" class="num">Hội đồng</th></tr></thead><tbody>
    ${scoreSheet.rows.map((r) => `<tr><td title="${escape(r.criterionId)}">${escape(r.criterionName)}</td><td class="num">${points(r.maxPoints)}</td><td class="num">${cell(r, r.self)}</td><td class="num">${cell(r, r.cluster)}</td><td class="num">${cell(r, r.council)}</td></tr>`).join('')}</tbody></table></div><div id="history"></div>`;
  $('sheet-title').focus({ preventScroll: true });
  $('sheet').scrollIntoView({ block: 'start', behavior: 'instant' });
}

async function showHistory(clusterId, year, unitId, criterionId, criterionName) {
  const { scoreHistory } = await call(
    `query($c: ID!, $y: Int!, $u: ID!, $k: ID!, $asOf: AsOf) { scoreHistory(clusterId: $c, year: $y, unitId: $u, criterionId: $k, asOf: $asOf) {
    recordedAt stage from to reason actor { personId name role } } }`,
    { c: clusterId, y: year, u: unitId, k: criterionId },
  );
  $('history').innerHTML =
    `<h3 id="history-title" tabindex="-1" title="${escape(criterionId)}">Lịch sử điểm: ${escape(criterionName)}</h3><div class="table-scroll" tabindex="0"><table class="history" id="history-table"><thead><tr><th scope="col">Thời điểm</th><th scope="col">Người thực hiện</th><th scope="col">Giai đoạn</th><th scope="col" class="num">Từ</th><th scope="col" class="num">Thành</th><th scope="col">Lý do</th></tr></thead><tbody>
    ${scoreHistory.map((h) => `<tr><td>${viDateTime(h.recordedAt)}</td><td title="${escape(h.actor.personId)}">${escape(h.actor.name ?? 'không ghi tên')} (${escape(ACTOR_ROLES[h.actor.role] ?? h.actor.role)})</td><td>${STAGES[h.stage]}</td><td class="num">${h.from === null ? '–' : points(h.from)}</td><td class="num">${points(h.to)}</td><td>${escape(h.reason ?? '')}</td></tr>`).join('')}</tbody></table></div>`;
  $('history-title').focus({ preventScroll: true });
  $('history').scrollIntoView({ block: 'start', behavior: 'instant' });
}

/** Opens the report's print page (the service's A4 document) in a frame and prints it. */
async function printReport(path) {
  const [route, query = ''] = path.split('?');
  status('Đang chuẩn bị bản in…');
  const html = await (await download(state.token, `${route}.html${query ? `?${query}` : ''}`)).text();
  const frame = $('print-frame');
  frame.srcdoc = html;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await frame.contentDocument.fonts.ready;
  status('Đã mở hộp thoại in.');
  frame.contentWindow.print();
}

async function savePdf(path) {
  const [route, query = ''] = path.split('?');
  status('Đang tạo PDF…');
  const response = await download(state.token, `${route}.pdf${query ? `?${query}` : ''}`);
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'bao-cao.pdf';
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  status(`Đã tải ${filename}.`);
}

const reportFailed = (error) => status(error instanceof PageError ? error.message : `Không tạo được báo cáo: ${error.message}`, true);

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[type="button"]');
  if (!button) return;
  const { kind, id, cluster, year, sheet, history, criterion, unit, print, pdf } = button.dataset;
  if (print) void printReport(print).catch(reportFailed);
  else if (pdf) void savePdf(pdf).catch(reportFailed);
  else if (kind) void select(kind, id);
  else if (history) void showHistory(cluster, Number(year), unit, history, criterion);
  else if (sheet) void showSheet(cluster, Number(year), sheet);
  else if (cluster) void showCluster(cluster, Number(year));
});

$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  try {
    state.asOf = parseViDate($('asOf').value);
  } catch (error) {
    $('asOf').setAttribute('aria-invalid', 'true');
    return status(error.message, true);
  }
  $('asOf').removeAttribute('aria-invalid');
  const token = $('token').value.trim();
  if (token !== state.token) $('year').innerHTML = '';
  state.token = token;
  keepToken(token);
  state.year = Number($('year').value) || state.year;
  void load().catch(() => {});
});

let resized;
$('with-parents').addEventListener('change', redraw);
for (const id of FILTERS)
  $(id).addEventListener(id === 'f-search' ? 'input' : 'change', () => {
    clearTimeout(resized);
    resized = setTimeout(redraw, id === 'f-search' ? 250 : 0);
  });
window.addEventListener('resize', () => {
  clearTimeout(resized);
  resized = setTimeout(redraw, 200);
});

state.token = readToken();
$('token').value = state.token;
if (state.token) void load().catch(() => {});
else status('Dán token (npm run token -- --role AUDITOR --sub ten-ban) rồi bấm Xem.');
