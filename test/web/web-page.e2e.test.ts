import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Role } from '../../src/commands/actor';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CRITERIA_SET } from '../support/year-scenario';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

describe('the web page at /, in headless Chromium, on the demo data', () => {
  let service: TestService;
  let browser: Browser;
  let page: Page;
  const y = { clusterId: 'ag-cum-2', year: 2022 };
  /** Waits until the page's status line says what it should (evaluated in the page, hence a string). */
  const statusShows = (how: 'startsWith' | 'includes', text: string) =>
    page.waitForFunction(`document.getElementById('status').textContent.${how}(${JSON.stringify(text)})`);

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
    service = await startService({ THIDUA_DEMO: 'true' });
    await ok(service, 'publishCriteriaSet', CRITERIA_SET);
    await ok(service, 'adoptCriteriaSet', { ...y, criteriaSetId: CRITERIA_SET.criteriaSetId });
    const score = { ...y, unitId: 'vks-tx-tan-chau', criterionId: 'c1', stage: 'CLUSTER' };
    await ok(service, 'recordScore', { ...score, points: 35 });
    await ok(service, 'correctScore', { ...score, points: 37.5, reason: 'Thẩm định lại theo biên bản' });
    const token = await service.token('kiem-tra-web', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${service.url.replace('/graphql', '/')}#token=${token}`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('draws 2022, switches to 2024, opens a unit, a ranking and a score history', async () => {
    await statusShows('startsWith', 'Năm 2022');
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await expect(page.locator('#node-list').innerText()).resolves.toContain('VKSND thị xã Tân Châu');

    await page.selectOption('#year', '2024');
    await page.click('#controls button[type=submit]');
    await statusShows('startsWith', 'Năm 2024');
    const list2024 = await page.locator('#node-list').innerText();
    expect(list2024).toContain('VKSND huyện An Dương');
    expect(list2024).not.toContain('VKSND thị xã Tân Châu');

    await page.selectOption('#year', '2022');
    await page.click('#controls button[type=submit]');
    await statusShows('startsWith', 'Năm 2022');
    await page.click('#node-list button:has-text("VKSND thị xã Tân Châu")');
    await expect(page.locator('#unit-name').innerText()).resolves.toBe('Viện kiểm sát nhân dân thị xã Tân Châu');
    await expect(page.locator('#memberships').innerText()).resolves.toMatch(/2022\s+ag-cum-2\s+Cụm trưởng/);

    await page.click('#memberships button[data-cluster="ag-cum-2"]');
    await expect(page.locator('#cluster-name').innerText()).resolves.toBe('Cụm thi đua số 2 – năm 2022');
    await page.click('#ranking button[data-sheet="vks-tx-tan-chau"]');
    await page.click('#sheet button[data-history="c1"]');
    const history = await page.locator('#history-table').innerText();
    expect(history).toMatch(/Cụm chấm\s+–\s+35\.00/);
    expect(history).toMatch(/35\.00\s+37\.50\s+Thẩm định lại theo biên bản/);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-page.png'), fullPage: true });
  }, 60_000);

  it('reads as known on an earlier date: before the demo existed, an empty graph', async () => {
    await page.fill('#asOf', '2001-01-01');
    await page.click('#controls button[type=submit]');
    await statusShows('includes', '01/01/2001');
    await expect(page.locator('#status').innerText()).resolves.toContain('0 nút');
  }, 30_000);
});
