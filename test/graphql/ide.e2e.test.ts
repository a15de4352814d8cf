import { type Browser, type Page } from 'playwright-core';
import { Role } from '../../src/kernel/actor';
import { launchChromium, requireChromium } from '../support/prerequisites';
import { startService, type TestService } from '../support/service';

requireChromium();

describe('the GraphiQL IDE at /graphql, in headless Chromium', () => {
  let service: TestService;
  let browser: Browser;
  let page: Page;
  const statuses: number[] = [];

  beforeAll(async () => {
    service = await startService({ THIDUA_DEMO: 'true' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('response', (response) => {
      if (response.url() === service.url && response.request().method() === 'POST') statuses.push(response.status());
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('opens without a token and without an error, and says how to get a token', async () => {
    await page.goto(service.url);
    await page.waitForSelector('.graphiql-container');
    await page.waitForFunction(`document.querySelector('.graphiql-query-editor')?.textContent?.includes('npm run -s token')`);
    await page.waitForTimeout(500);
    expect(statuses).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(/UNAUTHENTICATED|Error/);
  });

  it('asks for the schema once a token is in the Headers tab, and runs the query', async () => {
    const token = await service.token('thu-ide', { role: Role.AUDITOR, name: 'Thử IDE' });
    await page.evaluate(
      `localStorage.setItem('graphiql:headers', ${JSON.stringify(JSON.stringify({ Authorization: `Bearer ${token}` }))})`,
    );
    await page.reload();
    await page.waitForSelector('.graphiql-container');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('Cụm thi đua minh hoạ')`);
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it('asks for the schema once a whole token is typed into the Headers tab, never with half of one', async () => {
    await page.evaluate(`localStorage.clear()`);
    await page.reload();
    await page.waitForSelector('.graphiql-container');
    statuses.length = 0;
    const token = await service.token('go-token', { role: Role.AUDITOR });
    await page.click('.graphiql-editor-tool .graphiql-editor:visible');
    await page.keyboard.press('Control+A');
    // Typed as a person would (the editor closes the brace and quotes), a key at a time.
    await page.keyboard.type(`{"Authorization": "Bearer ${token}`);
    await page.waitForResponse((response) => response.url() === service.url && response.status() === 200);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('Cụm thi đua minh hoạ')`);
    expect(statuses.every((status) => status === 200)).toBe(true);
  });
});
