// The analyst's workbench in the dashboard (issue 5): overview, deal filters and sorts with a CSV of exactly the rows
// shown, company relations and relationship graph, the review page with its token, all in Debian's Chromium.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { closeServer, launchChromium, openPage as openPageIn } from './support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { dashboardAssets } from '../src/api/dashboard-assets.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { assertChromium, chromiumSkip, seedDashboard, serveApp } from './support/dashboard-fixture.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const skip = chromiumSkip('dashboard-workbench.test.ts');
/** Screenshots of every page go here (overwritten on each run); DASHBOARD_SCREENSHOTS names another folder. */
const shotDir = process.env.DASHBOARD_SCREENSHOTS ?? join(tmpdir(), 'news-intel-dashboard-screenshots');

const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
const hostileArticles = [{
  id: 'hostile-title',
  title: HOSTILE_TITLE,
  body: 'Zarnox Labs, a Lisbon-based software company, has raised $5 million in a seed round led by Harrowgate Ventures, the company said on Monday.\n\nZarnox Labs plans to hire 20 engineers.',
  published: '2025-07-01T09:00:00Z',
  url: 'https://example.invalid/zarnox',
}];
/** Chrome logs every 4xx answer as a console error: expected where a test provokes one. */
const HTTP_4XX = /Failed to load resource: the server responded with a status of 4\d\d/;

type ChartLike = {
  data: { labels: string[]; datasets: { label?: string; type?: string; data: unknown[] }[] };
  getDatasetMeta(i: number): { data: { x: number; y: number }[] };
};

describe.skipIf(skip)(`dashboard workbench in headless Chromium${skip ? ` (skipped: ${skip})` : ''}`, { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let server: ServerType;
  let browser: Browser;
  let base: string;
  let token: string;
  let lumora: number;
  let zarnox: number;

  beforeAll(async () => {
    assertChromium();
    database = await testDatabases[0]!.open();
    const db = database.db;
    await seedDashboard(db, hostileArticles);
    token = (await createToken(db, 'dashboard-test')).token;
    const app = createApp(db, await dashboardAssets());
    const idOf = async (name: string) => {
      const { items } = (await (await app.request(`/api/companies?q=${encodeURIComponent(name)}`)).json()) as { items: { id: number; name: string }[] };
      const hit = items.find((c) => c.name === name);
      if (!hit) throw new Error(`no company ${name} in the seeded database`);
      return hit.id;
    };
    lumora = await idOf('Lumora Grid');
    zarnox = await idOf('Zarnox Labs');
    ({ server, base } = await serveApp(app));
    browser = await launchChromium();
    await mkdir(shotDir, { recursive: true });
    console.log(`dashboard-workbench.test.ts: screenshots in ${shotDir}`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    await database?.destroy();
  });

  const openPage = (viewport?: { width: number; height: number }) => openPageIn(browser, viewport);

  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0)); // else the sticky header lands mid-page in a full-page shot
    await page.screenshot({ path: join(shotDir, `${name}.png`), fullPage: true });
  };

  /** Waits until the chart on canvas `id` exists and has painted at least `min` non-transparent pixels. */
  async function chartPainted(page: Page, id: string, min = 1500) {
    const handle = await page.waitForFunction(({ id, min }) => {
      const canvas = document.getElementById(id) as HTMLCanvasElement | null;
      const Chart = (globalThis as unknown as { Chart?: { getChart(c: HTMLCanvasElement): unknown } }).Chart;
      if (!canvas || !Chart?.getChart(canvas) || !canvas.width) return null;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted >= min ? { painted, width: canvas.width, height: canvas.height } : null;
    }, { id, min }, { timeout: 20_000 });
    return (await handle.jsonValue())!;
  }

  it('opens every page, draws every chart, and logs no error', async () => {
    const { context, page, problems } = await openPage();

    await page.goto(`${base}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Overview');
    expect(await page.locator('.nav a[aria-current="page"]').textContent()).toBe('Overview');
    await chartPainted(page, 'funding-chart');
    await chartPainted(page, 'mix-chart');
    expect(await page.locator('#funding-chart').getAttribute('aria-label')).toMatch(/^Funding per month in US dollars/);
    await expect.poll(() => page.locator('#top-investors tbody tr').count()).toBeGreaterThan(2);
    expect(await page.locator('#top-investors tbody a').first().getAttribute('href')).toMatch(/^#\/company\/\d+$/);
    expect(await page.locator('#top-mentioned tbody tr').count()).toBe(10);
    expect(await page.locator('.newest-list li').count()).toBeGreaterThan(0);
    // Clicking a slice of the doughnut opens those deals.
    const slice = await page.evaluate(() => {
      const canvas = document.getElementById('mix-chart') as HTMLCanvasElement;
      type Doughnut = { data: { labels: string[] }; getDatasetMeta(i: number): { data: { tooltipPosition(): { x: number; y: number } }[] } };
      const chart = (globalThis as unknown as { Chart: { getChart(c: HTMLCanvasElement): Doughnut } }).Chart.getChart(canvas);
      const p = chart.getDatasetMeta(0).data[0]!.tooltipPosition();
      const r = canvas.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, label: chart.data.labels[0] };
    });
    await shot(page, 'overview');
    await page.mouse.click(slice.x, slice.y);
    await page.waitForURL(/#\/deals\?type=\w+$/);
    await expect.poll(async () => new Set(await page.locator('.deals-table td[data-label="Type"]').allTextContents())).toEqual(new Set([slice.label]));

    await page.goto(`${base}/#/deals`);
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing 50 of [\d,]+ deals$/);
    await shot(page, 'deals');

    await page.goto(`${base}/#/company/${lumora}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lumora Grid');
    await chartPainted(page, 'timeline-chart');
    await chartPainted(page, 'graph-chart', 800);
    const timeline = await page.evaluate(() => {
      const chart = (globalThis as unknown as { Chart: { getChart(c: Element): ChartLike } }).Chart.getChart(document.getElementById('timeline-chart')!);
      return chart.data.datasets.map((d) => ({ label: d.label, max: Math.max(...(d.data as number[])) }));
    });
    expect(timeline.find((d) => d.label === 'USD raised')?.max).toBeGreaterThan(1e6);
    // Profile extras: total raised and the three lists of related companies, each name a link to its page.
    expect(await page.locator('.stat', { hasText: 'Total raised' }).locator('.stat-value').textContent()).toMatch(/^\$\d/);
    for (const heading of ['Investors', 'Often mentioned with']) {
      const links = page.locator('.relation', { has: page.getByRole('heading', { name: heading, exact: true }) }).locator('a');
      expect(await links.count(), heading).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^#\/company\/\d+$/);
    }
    expect(await page.locator('.relation', { has: page.getByRole('heading', { name: 'Investors', exact: true }) }).textContent()).toContain('Halvard Partners');
    await expect.poll(() => page.locator('.article-list .article').count()).toBeGreaterThan(0);
    await shot(page, 'company');

    await page.goto(`${base}/#/review`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Review');
    await expect.poll(() => page.locator('#review-deals .review-item').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#review-duplicates .review-item').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('API token (only used for changes)').getAttribute('type')).toBe('password');
    await shot(page, 'review');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters and sorts deals in the URL, and the CSV link downloads exactly the rows shown, all pages', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/deals`);
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);
    const rows = page.locator('.deals-table tr.deal-row');
    const ids = () => rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.dealId)));
    const before = await ids();

    // A status filter and a currency change the table and the URL.
    await page.getByRole('checkbox', { name: 'Completed' }).check();
    await page.getByLabel('Currency').fill('eur');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/#\/deals\?status=completed&currency=EUR$/);
    await expect.poll(async () => (await rows.allTextContents()).length > 0 && (await ids()).join() !== before.join()).toBe(true);
    for (const amount of await page.locator('.deals-table td[data-label="Amount"] .amount-main').allTextContents()) expect(amount).toMatch(/^€/);
    expect(await page.locator('#csv-link').getAttribute('href')).toBe('/api/deals.csv?status=completed&currency=EUR');

    // Text search over titles and evidence.
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForURL(/#\/deals$/);
    await page.getByLabel('Search titles and evidence').fill('heat pumps');
    await page.getByLabel('Search titles and evidence').press('Enter');
    await page.waitForURL(/#\/deals\?q=heat\+pumps$/);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(before.length);

    // The Amount header sorts by amount (largest first); the state is in the URL, the header says so.
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForURL(/#\/deals$/);
    await page.getByRole('checkbox', { name: 'Completed' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/#\/deals\?status=completed$/);
    // By keyboard: the header is a button.
    await page.getByRole('columnheader', { name: 'Amount' }).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/deals\?status=completed&sort=amount$/);
    await expect.poll(() => page.getByRole('columnheader', { name: 'Amount' }).getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('columnheader', { name: 'Date' }).getAttribute('aria-sort')).toBeNull();
    expect(await page.getByLabel('Sort').inputValue()).toBe('amount');
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);

    // Every page of the table, then the CSV of the same filters and sort: the same deals in the same order.
    const more = page.getByRole('button', { name: 'Load more deals' });
    let pages = 1;
    while (await more.isVisible()) {
      const n = await rows.count();
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(n);
      pages++;
    }
    expect(pages, 'the filtered deals should span more than one page').toBeGreaterThan(1);
    const shown = await ids();
    const usd = await page.evaluate(async (u) => {
      const res = await fetch(u);
      return res.json() as Promise<{ items: { amount: { usd: number | null } | null }[] }>;
    }, '/api/deals?status=completed&sort=amount&limit=3');
    expect(usd.items[0]!.amount!.usd!).toBeGreaterThanOrEqual(usd.items[1]!.amount!.usd!);
    const href = (await page.locator('#csv-link').getAttribute('href'))!;
    expect(href).toBe('/api/deals.csv?status=completed&sort=amount');
    const csv = await page.evaluate(async (u) => {
      const res = await fetch(u);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    }, href);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^deal_id,/);
    // deal_id is the first cell and never quoted; rows may hold quoted newlines, so take only lines that start a record.
    const csvIds = lines.slice(1).filter((l) => /^\d+,/.test(l)).map((l) => Number(l.split(',')[0]));
    expect(csvIds).toEqual(shown);

    // A reload keeps the filters, the sort and the table.
    await page.reload();
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing 50 (of [\d,]+ )?deals/);
    expect(await page.getByRole('checkbox', { name: 'Completed' }).isChecked()).toBe(true);
    expect((await ids()).slice(0, 5)).toEqual(shown.slice(0, 5));
    await shot(page, 'deals-sorted');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws the relationship graph, opens a company when its node is clicked, and follows the graph settings', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/company/${lumora}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lumora Grid');
    await chartPainted(page, 'graph-chart', 800);
    const label = (await page.locator('#graph-chart').getAttribute('aria-label'))!;
    expect(label).toMatch(/^Relationship graph of Lumora Grid: \d+ related compan/);
    // The keyboard route to the same companies: a list of links under the canvas.
    const listed = await page.locator('#graph-nodes a').allTextContents();
    expect(listed.length).toBeGreaterThan(1);
    expect(listed).toContain('Halvard Partners');

    // Settle: the layout is computed up front, so node positions stop changing at once.
    const positions = () => page.evaluate(() => {
      const canvas = document.getElementById('graph-chart') as HTMLCanvasElement;
      const chart = (globalThis as unknown as { Chart: { getChart(c: HTMLCanvasElement): ChartLike } }).Chart.getChart(canvas);
      const r = canvas.getBoundingClientRect();
      return chart.getDatasetMeta(0).data.map((p, i) => ({ name: chart.data.labels[i]!, x: r.left + p.x, y: r.top + p.y }));
    });
    await expect.poll(async () => JSON.stringify(await positions())).toBe(JSON.stringify(await positions()));
    const nodes = await positions();
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    // A node other than the centre, well away from every other node.
    const target = nodes.filter((n) => n.name !== 'Lumora Grid')
      .map((n) => ({ ...n, gap: Math.min(...nodes.filter((m) => m !== n).map((m) => Math.hypot(m.x - n.x, m.y - n.y))) }))
      .sort((a, b) => b.gap - a.gap)[0]!;
    expect(target.gap).toBeGreaterThan(16);
    const targetHref = await page.locator('#graph-nodes a', { hasText: target.name }).first().getAttribute('href');
    await page.locator('#graph-chart').scrollIntoViewIfNeeded();
    const moved = await positions();
    const at = moved.find((n) => n.name === target.name)!;
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL((u) => u.hash === targetHref);
    await expect.poll(() => page.locator('h1').textContent()).toBe(target.name);

    // The keyboard alternative: the list's links open the same pages.
    await page.goto(`${base}/#/company/${lumora}`);
    await chartPainted(page, 'graph-chart', 800);
    const link = page.locator('#graph-nodes a', { hasText: 'Halvard Partners' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Halvard Partners');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // Depth, kinds of link and the time window go into the URL and redraw the graph.
    await page.goto(`${base}/#/company/${lumora}`);
    await chartPainted(page, 'graph-chart', 800);
    const direct = await page.locator('#graph-nodes a').count();
    await page.getByRole('radio', { name: 'Two steps' }).check();
    await page.waitForURL(new RegExp(`#/company/${lumora}\\?depth=2$`));
    await expect.poll(() => page.locator('#graph-nodes a').count()).toBeGreaterThan(direct);
    await page.getByRole('checkbox', { name: 'Mentioned together' }).uncheck();
    await page.waitForURL(new RegExp(`#/company/${lumora}\\?depth=2&types=invested%2Cacquired%2Cpartnered%2Cjoint_venture$`));
    await expect.poll(() => page.locator('#graph-nodes').textContent()).not.toContain('mentioned together');
    await page.getByLabel('Links from').fill('2024-01-01');
    await page.getByRole('button', { name: 'Apply dates' }).click();
    await page.waitForURL(/&from=2024-01-01$/);
    await expect.poll(() => page.locator('#graph-chart').getAttribute('aria-label')).toMatch(/^(Relationship graph|No related)/);
    expect(await page.locator('.graph-controls').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Two steps' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Mentioned together' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Links from').inputValue()).toBe('2024-01-01');
    await shot(page, 'company-graph-settings');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows an article title made of markup as text and runs none of it', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/company/${zarnox}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Zarnox Labs');
    await expect.poll(() => page.locator('.article-list .article-title').allTextContents()).toContain(HOSTILE_TITLE);
    await page.locator('.company-view .sources-toggle').first().click();
    expect(await page.locator('.company-view .sources .source-title').allTextContents()).toContain(HOSTILE_TITLE);
    expect(await page.locator('#main img, #main script, #main iframe').count()).toBe(0);
    await page.goto(`${base}/#/deals?q=Zarnox`);
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);
    for (const t of await page.locator('.deals-table .sources-toggle').all()) await t.click();
    expect(await page.locator('#main').textContent()).toContain(HOSTILE_TITLE);
    expect(await page.locator('#main img').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reviews deals and merges companies with the token, and refuses clearly without it', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/review`);
    await expect.poll(() => page.locator('#review-deals .review-item').count()).toBeGreaterThan(1);
    expect(await page.locator('#token-state').textContent()).toMatch(/No token set/);

    // Without a token: the API's own message, beside the button and in the message area.
    const first = page.locator('#review-deals .review-item').first();
    const firstId = await first.getAttribute('data-deal-id');
    await first.getByRole('button', { name: /^Accept / }).click();
    await expect.poll(() => first.locator('.action-status').textContent()).toMatch(/^Failed: this route needs an API token/);
    await expect.poll(() => page.locator('#messages').textContent()).toMatch(/needs an API token/);
    expect(await first.getByRole('button', { name: /^Accept / }).isEnabled()).toBe(true);
    // A wrong token is refused too.
    await page.getByLabel('API token (only used for changes)').fill('not-a-token');
    await page.getByRole('button', { name: 'Use token' }).click();
    await first.getByRole('button', { name: /^Reject / }).click();
    await expect.poll(() => first.locator('.action-status').textContent()).toMatch(/^Failed: the API token is not valid/);

    // With the token: accept one deal, reject another.
    await page.getByLabel('API token (only used for changes)').fill(token);
    await page.getByRole('button', { name: 'Use token' }).click();
    await expect.poll(() => page.locator('#token-state').textContent()).toMatch(/A token is set/);
    expect(await page.evaluate(() => sessionStorage.getItem('news-intel.api-token'))).toBe(token);
    await first.getByRole('button', { name: /^Accept / }).click();
    await expect.poll(() => first.locator('.action-status').textContent()).toMatch(/^Accepted\./);
    // Focus moves from the now disabled button to the Undo beside the outcome.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Undo the review of the /);
    const second = page.locator('#review-deals .review-item').nth(1);
    const secondId = await second.getAttribute('data-deal-id');
    await second.getByRole('button', { name: /^Reject / }).click();
    await expect.poll(() => second.locator('.action-status').textContent()).toMatch(/^Rejected/);
    const reviews = await page.evaluate(async (ids) => Promise.all(ids.map(async (id) => ((await (await fetch(`/api/deals/${id}`)).json()) as { review: string }).review)), [firstId, secondId]);
    expect(reviews).toEqual(['accepted', 'rejected']);
    // Undo a review by keyboard: the deal is unreviewed again and can be judged anew.
    await first.getByRole('button', { name: /^Undo the review/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => first.locator('.action-status').textContent()).toBe('Review cleared.');
    expect(await first.getByRole('button', { name: /^Accept / }).isEnabled()).toBe(true);
    expect(await page.evaluate(async (id) => ((await (await fetch(`/api/deals/${id}`)).json()) as { review: string | null }).review, firstId)).toBeNull();
    expect(await page.locator('#messages').isHidden()).toBe(true); // a change that worked clears the earlier failure

    // Merge the first suspected pair, then undo it from the list of recent merges.
    const pair = page.locator('#review-duplicates .review-item').first();
    const mergeButton = pair.getByRole('button', { name: /^Merge .+ into .+/ }).first();
    const [, fromName, intoName] = /^Merge (.+) into (.+)$/.exec((await mergeButton.getAttribute('aria-label'))!)!;
    await mergeButton.click();
    await expect.poll(() => pair.locator('.action-status').textContent()).toMatch(/^Merged “/);
    const mergeRow = page.locator('.merges-table tbody tr').first();
    await expect.poll(() => mergeRow.textContent()).toContain(`${fromName} → ${intoName}`);
    await expect.poll(() => page.locator('.log-list').textContent()).toContain(`merged “${fromName}” into “${intoName}”`);
    await shot(page, 'review-after');
    await mergeRow.getByRole('button', { name: /^Undo merging/ }).click();
    await expect.poll(() => mergeRow.textContent()).toMatch(/Undone .* by dashboard-test/);

    // Forgetting the token makes changes fail again.
    await page.getByRole('button', { name: 'Forget token' }).click();
    expect(await page.evaluate(() => sessionStorage.getItem('news-intel.api-token'))).toBeNull();

    expect(problems.filter((p) => !HTTP_4XX.test(p))).toEqual([]);
    await context.close();
  });

  it('marks a name as not a company from its page with the token, and restores it', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/companies`);
    // Any stored name serves: the test marks it and restores it (the demo's 'Lumora', beside 'Lumora Grid').
    const name = 'Lumora';
    const id = await page.evaluate(async (q) => {
      const { items } = (await (await fetch(`/api/companies?q=${encodeURIComponent(q)}`)).json()) as { items: { id: number; name: string }[] };
      return items.find((c) => c.name === q)?.id;
    }, name);
    expect(id, `${name} should be in the demo data as a company`).toBeDefined();
    await page.goto(`${base}/#/company/${id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(name);
    const button = page.getByRole('button', { name: 'Mark as not a company' });
    await button.click();
    await expect.poll(() => page.locator('.head-status').textContent()).toMatch(/^Failed: this route needs an API token.*Set your API token on the Review page\.$/);
    await page.evaluate((t) => sessionStorage.setItem('news-intel.api-token', t), token);
    await button.click();
    await expect.poll(() => page.locator('.head-status').textContent()).toBe('Marked as not a company.');
    expect(await page.locator('.notice').textContent()).toMatch(/not a company/);
    expect(await page.evaluate(async (q) => ((await (await fetch(`/api/companies?q=${encodeURIComponent(q)}`)).json()) as { items: { name: string }[] })
      .items.some((c) => c.name === q), name)).toBe(false);
    await page.getByRole('button', { name: 'Restore as a company' }).click();
    await expect.poll(() => page.locator('.head-status').textContent()).toBe('Restored as a company.');
    expect(await page.locator('.notice').isHidden()).toBe(true);
    expect(problems.filter((p) => !HTTP_4XX.test(p))).toEqual([]);
    await context.close();
  });

  it('fits a phone-width screen on every page', async () => {
    const { context, page, problems } = await openPage({ width: 375, height: 800 });
    for (const [name, hash, ready] of [
      ['overview', '#/', '#funding-chart'], ['deals', '#/deals', '#deals-count'],
      ['company', `#/company/${lumora}`, '#graph-chart'], ['review', '#/review', '#review-deals .review-item'],
    ] as const) {
      await page.goto(`${base}/${hash}`);
      await page.locator(ready).first().waitFor();
      if (ready.endsWith('-chart')) await chartPainted(page, ready.slice(1), 500);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
      await shot(page, `${name}-narrow`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
