import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { closeServer, launchChromium, openPage as openPageIn } from './support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { dashboardAssets } from '../src/api/dashboard-assets.js';
import { articles } from '../src/db/schema.js';
import { storeDeal } from '../src/db/store-deal.js';
import { assertChromium, chromiumSkip, seedDashboard, serveApp } from './support/dashboard-fixture.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const skip = chromiumSkip('dashboard.test.ts');
/** Set DASHBOARD_SCREENSHOTS to a folder to keep screenshots of the pages the test visits. */
const shotDir = process.env.DASHBOARD_SCREENSHOTS;

const HOSTILE_COMPANY = '<img src=x onerror=alert(1)> Capital';
const hostileArticles = [
  {
    id: 'hostile-1',
    title: 'Zarnox <img src=x onerror="window.__xss=1"> Labs raises $5 million seed round',
    body: 'Zarnox Labs, a Lisbon-based software company, has raised $5 million in a seed round led by Harrowgate Ventures, the company said on Monday.\n\nZarnox Labs plans to hire 20 engineers.',
    published: '2025-07-01T09:00:00Z',
    url: 'javascript:window.__xss=1',
  },
  {
    id: 'hostile-2',
    title: 'Quorvane Labs raises $12 million Series A <script>window.__xss=1</script>',
    body: 'Quorvane Labs, a Porto-based robotics company, has raised $12 million in a Series A round led by Harrowgate Ventures. Quorvane Labs said the money will fund hiring.\n\nQuorvane Labs was founded in 2021.',
    published: '2025-07-02T09:00:00Z',
    url: 'https://example.invalid/quorvane',
  },
];

// Generous limits: on a 2-core machine the browser competes with the other suites running in parallel.
describe.skipIf(skip)(`dashboard in headless Chromium${skip ? ` (skipped: ${skip})` : ''}`, { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let server: ServerType;
  let browser: Browser;
  let base: string;
  let totalDeals: number;

  beforeAll(async () => {
    assertChromium();
    database = await testDatabases[0]!.open();
    const db = database.db;
    await seedDashboard(db, hostileArticles);
    // A company whose very name is markup, through the real write path for deals.
    const [hostile] = await db.select({ id: articles.id }).from(articles).where(eq(articles.entryKey, 'hostile-1'));
    await storeDeal(db, hostile!.id, '2025-07-01', {
      type: 'funding', subject: HOSTILE_COMPANY, counterparties: ['Harrowgate Ventures'], leadInvestors: ['Harrowgate Ventures'],
      amount: { value: 3_000_000, currency: 'EUR', usd: 3_300_000, usdConverted: true }, round: 'Seed', status: 'announced',
      salience: 'main', evidence: `${HOSTILE_COMPANY} raised €3 million <script>window.__xss=1</script>`, evidenceStart: 0, evidenceEnd: 10,
      confidence: 0.9,
    });

    const app = createApp(db, await dashboardAssets());
    totalDeals = ((await (await app.request('/api/deals?limit=500')).json()) as { items: unknown[] }).items.length;
    ({ server, base } = await serveApp(app));
    browser = await launchChromium();
    if (shotDir) await mkdir(shotDir, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    await database?.destroy();
  });

  const openPage = (viewport?: { width: number; height: number }) => openPageIn(browser, viewport);

  const shot = async (page: Page, name: string) => {
    if (shotDir) await page.screenshot({ path: join(shotDir, `${name}.png`), fullPage: true });
  };

  it('finds a company by keyboard, draws its timeline and lists its deals', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/deals`); // the landing page is the overview now (test/dashboard-workbench.test.ts)
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);
    await shot(page, 'deals');

    const search = page.getByRole('combobox', { name: 'Find a company' });
    await page.keyboard.press('/'); // the shortcut to the search box
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('company-search');
    await page.keyboard.type('Lumora Grid');
    // The list for the whole query (not an earlier answer for part of it).
    await page.locator('#search-results[data-query="Lumora Grid"] [role="option"]').first().waitFor();
    const names = await page.locator('[role="option"] .search-name').allTextContents();
    const index = names.indexOf('Lumora Grid');
    expect(index, `search results: ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => search.getAttribute('aria-activedescendant')).toBe(`search-option-${index}`);
    await page.keyboard.press('Enter');

    await page.waitForURL(/#\/company\/\d+$/);
    const id = /#\/company\/(\d+)/.exec(page.url())![1]!;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lumora Grid');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The timeline: a Chart.js chart with data, and paint on the canvas in the colours of its bars.
    type ChartLike = { data: { labels: string[]; datasets: { type: string; data: number[]; backgroundColor: string }[] } };
    await page.waitForFunction(() => {
      const canvas = document.getElementById('timeline-chart') as HTMLCanvasElement | null;
      const chart = canvas && (globalThis as unknown as { Chart: { getChart(c: HTMLCanvasElement): ChartLike | undefined } }).Chart.getChart(canvas);
      return !!chart && chart.data.datasets.some((d) => d.type === 'bar' && d.data.some((v) => v > 0))
        && chart.data.datasets.some((d) => d.type === 'line' && d.data.some((v) => v > 0));
    });
    const paint = await page.waitForFunction(() => {
      const canvas = document.getElementById('timeline-chart') as HTMLCanvasElement;
      const chart = (globalThis as unknown as { Chart: { getChart(c: HTMLCanvasElement): ChartLike } }).Chart.getChart(canvas);
      const barColours = chart.data.datasets.filter((d) => d.type === 'bar' && d.data.some((v) => v > 0))
        .map((d) => [1, 3, 5].map((k) => parseInt(d.backgroundColor.slice(k, k + 2), 16)));
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      let bars = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! === 0) continue;
        painted++;
        if (data[i + 3]! > 200 && barColours.some((c) => c.every((v, k) => Math.abs(data[i + k]! - v) < 12))) bars++;
      }
      return painted > 2000 && bars > 100 ? { painted, bars, width: canvas.width, height: canvas.height } : null;
    }, undefined, { timeout: 10_000 });
    const pixels = (await paint.jsonValue())!;
    expect(pixels.width).toBeGreaterThan(300);
    expect(pixels.height).toBeGreaterThan(150);
    const label = await page.locator('#timeline-chart').getAttribute('aria-label');
    expect(label).toMatch(/^Timeline of Lumora Grid by month/);

    // Another interval redraws the chart and is kept in the URL.
    await page.getByRole('radio', { name: 'Quarter' }).check();
    await page.waitForURL(/#\/company\/\d+\?interval=quarter$/);
    await page.waitForFunction(() => {
      const canvas = document.getElementById('timeline-chart') as HTMLCanvasElement;
      const chart = (globalThis as unknown as { Chart: { getChart(c: HTMLCanvasElement): ChartLike | undefined } }).Chart.getChart(canvas);
      return !!chart && chart.data.labels.some((l) => /^Q\d \d{4}$/.test(l));
    });

    // Profile and deals.
    await expect.poll(() => page.locator('.stats .stat').count()).toBe(6); // with Total raised
    const rows = page.locator('.company-view .deals-table tr.deal-row');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('.company-view .result-count').textContent()).toBe(`${await rows.count()} deal${await rows.count() === 1 ? '' : 's'}`);
    expect(await page.locator('#company-csv').getAttribute('href')).toBe(`/api/deals.csv?company=${id}`);
    // Sources are links only when their URL is http(s); every demo source is.
    const sourceLinks = page.locator('.company-view .sources a');
    expect(await sourceLinks.count()).toBeGreaterThan(0);
    expect(await sourceLinks.first().isVisible()).toBe(false);
    const toggle = page.locator('.company-view .sources-toggle').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await sourceLinks.first().isVisible()).toBe(true);
    expect(await page.locator('.company-view .sources-row:not([hidden]) .evidence').first().textContent()).not.toBe('');
    for (const href of await sourceLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https?:\/\//);
    await shot(page, 'company');

    // Reloading the URL shows the same view.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lumora Grid');
    expect(await page.getByRole('radio', { name: 'Quarter' }).isChecked()).toBe(true);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters deals, keeps the filters in the URL and the CSV link, and pages with Load more', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/deals`);
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);

    // Paging: the first page is 50 deals; Load more fetches the rest by cursor. The count names how many match.
    const rows = page.locator('.deals-table tr.deal-row');
    const showing = (n: number) => (n < totalDeals ? `Showing ${n} of ${totalDeals.toLocaleString('en')} deals` : `Showing ${n} deal${n === 1 ? '' : 's'}`);
    expect(await rows.count()).toBe(Math.min(50, totalDeals));
    expect(await page.locator('#deals-count').textContent()).toBe(showing(Math.min(50, totalDeals)));
    if (totalDeals > 50) {
      await page.getByRole('button', { name: 'Load more deals' }).click();
      await expect.poll(() => rows.count()).toBe(Math.min(100, totalDeals));
      expect(await page.locator('#deals-count').textContent()).toBe(showing(Math.min(100, totalDeals)));
    } else {
      expect(await page.getByRole('button', { name: 'Load more deals' }).isVisible()).toBe(false);
    }

    await page.getByRole('checkbox', { name: 'Funding' }).check();
    await page.getByLabel('Min amount (USD)').fill('1000000');
    await page.getByLabel('Announced from').fill('2023-01-01');
    await page.getByLabel('Announced to').fill('2025-12-31');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/#\/deals\?type=funding&min_usd=1000000&from=2023-01-01&to=2025-12-31$/);
    await expect.poll(async () => new Set(await page.locator('.deals-table td[data-label="Type"]').allTextContents()))
      .toEqual(new Set(['Funding']));
    const filteredCount = await rows.count();
    expect(filteredCount).toBeGreaterThan(0);
    expect(await page.locator('#deals-count').textContent()).toMatch(new RegExp(`^Showing ${filteredCount} (of [\\d,]+ )?deals?`));

    const href = await page.locator('#csv-link').getAttribute('href');
    expect(href).toBe('/api/deals.csv?type=funding&min_usd=1000000&from=2023-01-01&to=2025-12-31');
    const csv = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    }, href!);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF?deal_id,type,/);
    expect(lines.length - 1).toBeGreaterThanOrEqual(filteredCount);

    // A reload keeps the filters: the form and the results come back from the URL.
    await page.reload();
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(new RegExp(`^Showing ${filteredCount} (of [\\d,]+ )?deals?`));
    expect(await page.getByRole('checkbox', { name: 'Funding' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Acquisition' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Min amount (USD)').inputValue()).toBe('1000000');
    expect(await page.getByLabel('Announced from').inputValue()).toBe('2023-01-01');

    // A company named in the filter.
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForURL(/#\/deals$/);
    await page.getByLabel('Company', { exact: true }).fill('Lumora Grid');
    await page.getByLabel('Company', { exact: true }).press('Enter');
    await page.waitForURL(/#\/deals\?company=Lumora\+Grid$/);
    await expect.poll(() => page.locator('#csv-link').getAttribute('href')).toBe('/api/deals.csv?company=Lumora+Grid');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(50);
    expect(await page.getByRole('button', { name: 'Load more deals' }).isVisible()).toBe(false);
    await shot(page, 'deals-filtered');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('says "10,000+ deals" when the API stopped counting at its cap', async () => {
    const { context, page, problems } = await openPage();
    // The seeded database holds far fewer deals than the cap: the first page's answer is the server's own, its count
    // replaced by what a capped count looks like.
    await page.route(/\/api\/deals\?/, async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as object;
      await route.fulfill({ response: res, json: { ...body, total: 10_000, totalCapped: true } });
    });
    await page.goto(`${base}/#/deals?sort=amount`);
    await expect.poll(() => page.locator('#deals-count').textContent())
      .toBe(`Showing ${Math.min(50, totalDeals)} of 10,000+ deals · largest amount first`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows markup in feed content as text and never runs it', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/deals?from=2025-07-01`);
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);
    for (const toggle of await page.locator('.deals-table .sources-toggle').all()) await toggle.click();

    const main = page.locator('#main');
    const text = (await main.textContent())!;
    expect(text).toContain(HOSTILE_COMPANY);
    expect(text).toContain('<script>window.__xss=1</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.locator('#main img, #main script, #main iframe').count()).toBe(0);
    // The javascript: source URL is shown as plain text, not a link.
    const hrefs = await page.locator('#main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^(#\/|\/api\/|https?:\/\/)/);
    expect(await page.locator('#main .sources span.source-title', { hasText: 'Zarnox' }).count()).toBeGreaterThan(0);

    // The markup company through the search box and its own page.
    await page.getByRole('combobox', { name: 'Find a company' }).fill('onerror');
    await page.locator('#search-results[data-query="onerror"] [role="option"]').first().waitFor();
    expect(await page.locator('[role="option"] .search-name').allTextContents()).toContain(HOSTILE_COMPANY);
    await page.getByRole('option', { name: /onerror/ }).first().click();
    await page.waitForURL(/#\/company\/\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(HOSTILE_COMPANY);
    expect(await page.title()).toBe(`${HOSTILE_COMPANY} · news-intel`);
    await expect.poll(() => page.locator('.company-view .deals-table tr.deal-row').count()).toBeGreaterThan(0);
    expect(await page.locator('#main img, #main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows API errors in the message area', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${base}/#/deals?min_usd=5&max_usd=1`);
    const alert = page.locator('#messages');
    await expect.poll(() => alert.textContent()).toMatch(/Could not load deals: query parameter "min_usd" must not be greater than max_usd/);
    expect(await alert.isVisible()).toBe(true);
    await page.goto(`${base}/#/company/999999`);
    await expect.poll(() => alert.textContent()).toMatch(/no company with id 999999/i);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Company not found');
    // The browser logs each 4xx response as a console error; nothing else may appear.
    expect(problems.filter((p) => !/Failed to load resource: the server responded with a status of 40[04]/.test(p))).toEqual([]);
    await context.close();
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    const { context, page, problems } = await openPage({ width: 375, height: 800 });
    await page.goto(`${base}/#/deals`);
    await expect.poll(() => page.locator('#deals-count').textContent()).toMatch(/^Showing \d+ (of [\d,]+\+? )?deals?/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The filter form folds behind a button on a phone.
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Company', { exact: true }).isVisible()).toBe(false);
    await shot(page, 'deals-narrow');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Company', { exact: true }).isVisible()).toBe(true);
    await page.goto(`${base}/#/companies`);
    await page.getByRole('link', { name: 'Lumora Grid', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lumora Grid');
    await page.waitForFunction(() => {
      const canvas = document.getElementById('timeline-chart') as HTMLCanvasElement | null;
      return !!canvas && !!(globalThis as unknown as { Chart: { getChart(c: HTMLCanvasElement): unknown } }).Chart.getChart(canvas);
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'company-narrow');
    expect(problems).toEqual([]);
    await context.close();
  });
});
