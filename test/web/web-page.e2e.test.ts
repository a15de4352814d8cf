import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Role } from '../../src/kernel/actor';
import { ok } from '../support/mutations';
import { launchChromium, requireChromium } from '../support/prerequisites';
import { startService, type TestService } from '../support/service';
import { CRITERIA_SET } from '../support/year-scenario';

requireChromium();
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { name: 'desktop', width: 1400, height: 1000, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;
const y = { clusterId: 'ag-cum-2', year: 2022 };
const MEMBERS = ['vks-tx-tan-chau', 'vks-h-tri-ton', 'vks-h-an-phu', 'vks-h-tinh-bien', 'vks-tp-chau-doc'];

/** What the drawn graph measures, read from Cytoscape in the page. */
type Measure = { minLabelPx: number; fillWidth: number; fillHeight: number; positions: Record<string, { x: number; y: number }> };
const MEASURE = `(() => {
  const cy = window.thiduaGraph, box = cy.elements().renderedBoundingBox(), panel = cy.container();
  const units = cy.nodes('[kind="UNIT"]').map((n) => parseFloat(n.style('font-size')) * cy.zoom());
  const clusters = cy.nodes('[kind="CLUSTER"]').map((n) => parseFloat(n.style('font-size')) * cy.zoom());
  return { minLabelPx: Math.min(...units, ...clusters), fillWidth: box.w / panel.clientWidth, fillHeight: box.h / panel.clientHeight,
    positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])) };
})()`;

describe('the web page at /, in headless Chromium, on the demo data', () => {
  let service: TestService;
  let browser: Browser;
  let token: string;
  let root: string;

  beforeAll(async () => {
    service = await startService({ THIDUA_DEMO: 'true' });
    // A bloc (Khối thi đua) of two departments of the Supreme Procuracy: its offices are Khối trưởng/Khối phó.
    const departments = [
      ['vu-1', 'Vụ Thực hành quyền công tố và kiểm sát xét xử án hình sự', 'Vụ 1'],
      ['vp', 'Văn phòng Viện kiểm sát nhân dân tối cao', 'Văn phòng VKSND tối cao'],
    ];
    for (const [unitId, name, shortName] of departments)
      await ok(service, 'registerUnit', { unitId, name, shortName, level: 'SUPREME_DEPARTMENT', parentUnitId: 'vks-toi-cao' });
    await ok(service, 'formCluster', { clusterId: 'khoi-1', name: 'Khối thi đua số 1', kind: 'BLOC', organizerUnitId: 'vks-toi-cao' });
    await ok(service, 'openClusterYear', { clusterId: 'khoi-1', year: 2022, memberUnitIds: ['vu-1', 'vp'] });
    await ok(service, 'rotateChair', { clusterId: 'khoi-1', year: 2022, chairUnitId: 'vp', viceChairUnitId: 'vu-1' });
    await ok(service, 'publishCriteriaSet', CRITERIA_SET);
    await ok(service, 'adoptCriteriaSet', { ...y, criteriaSetId: CRITERIA_SET.criteriaSetId });
    for (const [i, unitId] of MEMBERS.entries())
      for (const [criterionId, points] of [
        ['c1', 36 - i * 3],
        ['c2', 38 - i * 4],
        ['c3', 18 - i],
      ] as const)
        await ok(service, 'recordScore', { ...y, unitId, criterionId, stage: 'CLUSTER', points });
    const score = { ...y, unitId: 'vks-tx-tan-chau', criterionId: 'c1', stage: 'CLUSTER' };
    await ok(service, 'correctScore', { ...score, points: 37.5, reason: 'Thẩm định lại theo biên bản' });
    token = await service.token('kiem-tra-web', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    root = service.url.replace('/graphql', '/');
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const statusShows = (page: Page, text: string) =>
    page.waitForFunction(`document.getElementById('status').textContent.includes(${JSON.stringify(text)})`);
  const noHorizontalOverflow = (page: Page) => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
  const detailsInView = (page: Page, selector: string) =>
    page.evaluate(
      `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight - 120; })()`,
    );
  /** axe-core's serious and critical findings on the page as it is now. */
  async function accessibilityProblems(page: Page): Promise<string[]> {
    if (!(await page.evaluate('typeof window.axe'))?.toString().includes('object')) await page.addScriptTag({ content: AXE });
    const result = await page.evaluate<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>(
      `axe.run(document, { resultTypes: ['violations'] })`,
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width}×${viewport.height}`, () => {
      let context: BrowserContext;
      let page: Page;
      const shot = (view: string) => page.screenshot({ path: path.join(ARTIFACTS, `web-${viewport.name}-${view}.png`), fullPage: true });
      /** Taps a node of the graph where Cytoscape drew it, as a finger or a mouse would. */
      async function tapNode(nodeId: string) {
        // A cluster's centre may be one of its members: tap a cluster just inside its frame.
        const at = await page.evaluate<{
          x: number;
          y: number;
        }>(`(() => { const n = window.thiduaGraph.getElementById(${JSON.stringify(nodeId)}), r = window.thiduaGraph.container().getBoundingClientRect();
          const box = n.renderedBoundingBox({ includeLabels: false }), p = n.isParent() ? { x: box.x1 + 6, y: box.y1 + 6 } : n.renderedPosition();
          window.scrollBy(0, r.top + p.y - window.innerHeight / 2);
          return { x: r.left + p.x, y: p.y + window.thiduaGraph.container().getBoundingClientRect().top }; })()`);
        if (viewport.touch) await page.touchscreen.tap(at.x, at.y);
        else await page.mouse.click(at.x, at.y);
      }

      beforeAll(async () => {
        context = await browser.newContext({ viewport, hasTouch: viewport.touch, isMobile: viewport.touch, locale: 'vi-VN' });
        page = await context.newPage();
      });
      afterAll(() => context.close());

      it('reads the token from the link into this tab only, and draws the newest year of the data, readable and fitted', async () => {
        await page.goto(`${root}#token=${token}`);
        await statusShows(page, 'Năm 2024');
        expect(page.url()).not.toContain('token');
        expect(await page.evaluate(`[sessionStorage.getItem('thidua-token') !== null, localStorage.getItem('thidua-token')]`)).toEqual([
          true,
          null,
        ]);
        const years = await page.locator('#year option').allInnerTexts();
        expect(years[0]).toBe('2024');
        expect(years).toContain('2022');
        expect(years).not.toContain('2016');

        await page.selectOption('#year', '2022');
        await page.click('#controls button[type=submit]');
        await statusShows(page, 'Năm 2022');
        const first = await page.evaluate<Measure>(MEASURE);
        expect(first.minLabelPx).toBeGreaterThanOrEqual(11);
        expect(first.fillWidth).toBeGreaterThanOrEqual(0.8);
        expect(first.fillHeight).toBeGreaterThanOrEqual(0.8);
        // Clusters are boxes holding their members; the chair is marked on its member.
        expect(await page.evaluate(`window.thiduaGraph.getElementById('unit:vks-tx-tan-chau').parent().id()`)).toBe('cluster:ag-cum-2');
        expect(await page.evaluate(`window.thiduaGraph.getElementById('unit:vks-tx-tan-chau').data('label')`)).toBe(
          'VKSND thị xã Tân Châu\n(Cụm trưởng)',
        );
        expect(await page.evaluate(`window.thiduaGraph.getElementById('unit:vp').data('label')`)).toBe(
          'Văn phòng VKSND tối cao\n(Khối trưởng)',
        );
        expect(await page.evaluate(`window.thiduaGraph.getElementById('unit:vu-1').data('label')`)).toMatch(/\(Khối phó\)$/);
        expect(await page.evaluate(`window.thiduaGraph.getElementById('unit:vks-an-giang').length`)).toBe(0);
        expect(await noHorizontalOverflow(page)).toBe(true);
        expect(await accessibilityProblems(page)).toEqual([]);
        await shot('graph');

        // The same data draws the same picture: reloaded (the token now from this tab), the nodes are where they were.
        await page.reload();
        await statusShows(page, 'Năm 2024');
        await page.selectOption('#year', '2022');
        await page.click('#controls button[type=submit]');
        await statusShows(page, 'Năm 2022');
        expect((await page.evaluate<Measure>(MEASURE)).positions).toEqual(first.positions);

        await page.check('#with-parents');
        expect(await page.evaluate(`window.thiduaGraph.getElementById('unit:vks-an-giang').length`)).toBe(1);
        const withParents = await page.evaluate<Measure>(MEASURE);
        expect(withParents.minLabelPx).toBeGreaterThanOrEqual(11);
        expect(withParents.fillWidth).toBeGreaterThanOrEqual(0.8);
        await shot('graph-with-parents');
        await page.uncheck('#with-parents');

        // Filters narrow the drawing: by organizer, by the members' level, by a unit searched without diacritics.
        const drawnClusters = () => page.evaluate(`window.thiduaGraph.nodes('[kind="CLUSTER"]').map((n) => n.id()).sort()`);
        expect(await drawnClusters()).toEqual(['cluster:ag-cum-2', 'cluster:khoi-1', 'cluster:nganh-cum-8']);
        await page.selectOption('#f-organizer', 'unit:vks-an-giang');
        expect(await drawnClusters()).toEqual(['cluster:ag-cum-2']);
        await expect(page.locator('#graph-note').innerText()).resolves.toBe('Đang vẽ 1 cụm trong 3.');
        expect((await page.evaluate<Measure>(MEASURE)).fillWidth).toBeGreaterThanOrEqual(0.8);
        await page.selectOption('#f-organizer', '');
        await page.selectOption('#f-level', 'SUPREME_DEPARTMENT');
        expect(await drawnClusters()).toEqual(['cluster:khoi-1']);
        await page.selectOption('#f-level', '');
        await page.fill('#f-search', 'tinh bien');
        await page.waitForFunction(`document.getElementById('graph-note').textContent === 'Đang vẽ 1 cụm trong 3.'`);
        expect(await drawnClusters()).toEqual(['cluster:ag-cum-2']);
        await expect(page.locator('#node-list').innerText()).resolves.not.toContain('VKSND tỉnh Bình Định');
        await page.fill('#f-search', '');
        await page.waitForFunction(`document.getElementById('graph-note').textContent === 'Đang vẽ 3 cụm.'`);
      }, 60_000);

      it('taps a unit in the graph and shows its details in view, with cluster names and Vietnamese office words', async () => {
        await tapNode('unit:vks-tx-tan-chau');
        await expect(page.locator('#unit-name').innerText()).resolves.toBe('Viện kiểm sát nhân dân thị xã Tân Châu');
        expect(await detailsInView(page, '#details')).toBe(true);
        await expect(page.locator('#memberships').innerText()).resolves.toMatch(/2022\s+Cụm thi đua số 2\s+Cụm trưởng/);
        expect(await noHorizontalOverflow(page)).toBe(true);
        expect(await accessibilityProblems(page)).toEqual([]);
        await shot('unit');
      }, 30_000);

      it('opens the ranking with names and totals, then a score sheet and a score history, each brought into view', async () => {
        await tapNode('cluster:ag-cum-2');
        await expect(page.locator('#cluster-name').innerText()).resolves.toBe('Cụm thi đua số 2 – năm 2022');
        expect(await detailsInView(page, '#details')).toBe(true);
        const ranking = await page.locator('#ranking').innerText();
        expect(ranking).toContain('VKSND thị xã Tân Châu');
        expect(ranking).not.toMatch(/vks-|ag-cum/);
        const totals = await page.locator('#ranking td.total').allInnerTexts();
        expect(totals).toHaveLength(MEMBERS.length);
        for (const total of totals.slice(0, MEMBERS.length)) expect(total).toMatch(/^\d+\.\d\d$/);
        expect(totals[0]).toBe('93.50');
        expect(await noHorizontalOverflow(page)).toBe(true);
        expect(await accessibilityProblems(page)).toEqual([]);
        await shot('ranking');

        // Printing opens the service's A4 print page in a frame (its print dialog stubbed here, as headless has none).
        await page.evaluate(`document.getElementById('print-frame').addEventListener('load', (event) => {
          event.target.contentWindow.print = () => { window.printed = (window.printed ?? 0) + 1; }; })`);
        await page.click('button[data-print^="/exports/rankings/"]');
        await page.waitForFunction('window.printed === 1');
        const printed = page.frameLocator('#print-frame').locator('body');
        await expect(printed.innerText()).resolves.toMatch(
          /CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM[\s\S]*BÁO CÁO[\s\S]*Viện kiểm sát nhân dân thị xã Tân Châu/,
        );
        expect(await page.evaluate(`document.getElementById('print-frame').contentDocument.fonts.check('13pt "Noto Serif"')`)).toBe(true);
        const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('button[data-pdf^="/exports/rankings/"]')]);
        expect(pdf.suggestedFilename()).toBe('xep-hang-ag-cum-2-2022.pdf');
        expect(
          fs
            .readFileSync(await pdf.path())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
        await statusShows(page, 'Đã tải xep-hang-ag-cum-2-2022.pdf.');

        // Live: a score the council records elsewhere shows in the ranking without a reload.
        const [criterionId, points, total] = viewport.touch ? ['c2', 30, '74.00'] : ['c3', 20, '66.00'];
        await page.waitForFunction(`document.getElementById('live').textContent.startsWith('Đang theo dõi trực tiếp')`);
        await ok(service, 'recordScore', { ...y, unitId: 'vks-tp-chau-doc', criterionId, stage: 'COUNCIL', points });
        await page.waitForFunction(
          `document.querySelector('#ranking button[data-sheet="vks-tp-chau-doc"]').closest('tr').querySelector('td.total').textContent === '${total}'`,
        );
        expect(await page.locator('#live').innerText()).toMatch(/^Cập nhật trực tiếp lúc/);

        await page.click('#ranking button[data-sheet="vks-tx-tan-chau"]');
        await expect(page.locator('#sheet-title').innerText()).resolves.toBe('Bảng điểm: Viện kiểm sát nhân dân thị xã Tân Châu');
        expect(await detailsInView(page, '#sheet')).toBe(true);
        const sheet = await page.locator('#sheet').innerText();
        expect(sheet).toContain('Chỉ tiêu nghiệp vụ theo Nghị quyết 96/2019/QH14');
        expect(sheet).not.toMatch(/vks-|ag-cum|\b[cbp]\d\b/);
        await page.click('#sheet button[data-history="c1"]');
        await expect(page.locator('#history-title').innerText()).resolves.toBe(
          'Lịch sử điểm: Chỉ tiêu nghiệp vụ theo Nghị quyết 96/2019/QH14',
        );
        expect(await detailsInView(page, '#history')).toBe(true);
        const history = await page.locator('#history-table').innerText();
        expect(history).toMatch(/Quản trị \(Quản trị\)\s+Cụm chấm\s+–\s+36\.00/);
        expect(history).toMatch(/36\.00\s+37\.50\s+Thẩm định lại theo biên bản/);
        expect(history).not.toMatch(/admin-test|ADMIN/);
        expect(await noHorizontalOverflow(page)).toBe(true);
        expect(await accessibilityProblems(page)).toEqual([]);
        await shot('score-sheet');
      }, 30_000);

      it('takes dates as dd/mm/yyyy: an earlier date reads as then known, a date that does not exist is refused in Vietnamese', async () => {
        await page.fill('#asOf', '01/01/2001');
        await page.click('#controls button[type=submit]');
        await statusShows(page, 'như đã biết ngày 01/01/2001: 0 cụm, 0 đơn vị');
        await page.fill('#asOf', '31/02/2022');
        await page.click('#controls button[type=submit]');
        await statusShows(page, 'Ngày "31/02/2022" không hợp lệ: nhập theo dạng ngày/tháng/năm');
        expect(await page.getAttribute('#asOf', 'aria-invalid')).toBe('true');
        await page.fill('#asOf', '');
      }, 30_000);
    });
  }

  it('shows the reports as an official would print them (A4 print pages), for the screenshots', async () => {
    const context = await browser.newContext({
      viewport: { width: 900, height: 1200 },
      extraHTTPHeaders: { authorization: `Bearer ${token}` },
    });
    const page = await context.newPage();
    for (const [name, route] of [
      ['ranking', `exports/rankings/${y.clusterId}/${y.year}.html`],
      ['cluster-year', `exports/cluster-year/${y.clusterId}/${y.year}.html`],
    ]) {
      await page.goto(`${root}${route}`);
      await page.evaluate('document.fonts.ready');
      expect(await page.evaluate(`document.fonts.check('13pt "Noto Serif"')`)).toBe(true);
      await expect(page.locator('body').innerText()).resolves.toContain('Độc lập - Tự do - Hạnh phúc');
      await page.screenshot({ path: path.join(ARTIFACTS, `print-${name}.png`), fullPage: true });
    }
    await context.close();
  }, 30_000);

  it('says in Vietnamese that a token is bad, and serves a favicon', async () => {
    const page = await browser.newPage();
    await page.goto(`${root}#token=khong-phai-token`);
    await statusShows(page, 'Token không hợp lệ hoặc đã hết hạn');
    expect(await page.locator('#status').innerText()).not.toMatch(/JWS|Invalid/);
    expect((await fetch(`${root}favicon.ico`)).status).toBe(200);
    await page.close();
  }, 30_000);
});
