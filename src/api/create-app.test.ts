import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { storeArticle } from '../db/store-article.js';
import { articleA, articleB, articleC, fixtureExtract } from '../../test/support/fixtures.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { createApp } from './create-app.js';
import { dashboardAssets } from './dashboard-assets.js';

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`API (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let app: Hono;
    const get = async (path: string) => {
      const res = await app.request(path);
      const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
      return { status: res.status, body, headers: res.headers };
    };
    const companyId = async (q: string) => (await get(`/api/companies?q=${encodeURIComponent(q)}`)).body.items[0].id as number;

    beforeAll(async () => {
      database = await target.open();
      for (const a of [articleA, articleB, articleC]) await storeArticle(database.db, null, a, fixtureExtract);
      app = createApp(database.db, await dashboardAssets());
    });
    afterAll(async () => { await database?.destroy(); });

    it('answers /healthz', async () => {
      expect(await get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
    });

    it('searches companies by name and alias, most mentioned first', async () => {
      const all = await get('/api/companies');
      expect(all.body.items.map((c: { name: string }) => c.name)).toEqual(['Orbitwell', 'Tallgrass Ventures', 'Fennick Capital', 'Marrowby', 'Quenta']);
      expect(all.body.items[0]).toMatchObject({ mentions: 4, articles: 2 });
      expect((await get('/api/companies?q=tallgrass')).body.items).toHaveLength(1);
      expect((await get('/api/companies?q=%25')).body.items).toHaveLength(0);
    });

    it('gives a company profile with aliases, counts and deals', async () => {
      const id = await companyId('Orbitwell');
      const { status, body } = await get(`/api/companies/${id}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ name: 'Orbitwell', mentions: 4, articles: 2, firstSeen: '2024-03-05', lastSeen: '2024-03-20', dealsByRole: { subject: 1 } });
      expect(body.aliases).toEqual(['Orbitwell']);
      expect(body.deals[0]).toMatchObject({ type: 'funding', round: 'Series B', amount: { value: 20e6, currency: 'USD', usd: 20e6 } });
      expect(body.deals[0].sources).toHaveLength(2);
      const investor = await get(`/api/companies/${await companyId('Tallgrass')}`);
      expect(investor.body.dealsByRole).toEqual({ lead_investor: 1 });
      expect(investor.body.aliases).toEqual(['Tallgrass', 'Tallgrass Ventures']);
    });

    it('gives a timeline per month and per year', async () => {
      const id = await companyId('Orbitwell');
      const month = await get(`/api/companies/${id}/timeline?interval=month`);
      expect(month.body.points).toEqual([{ period: '2024-03-01', mentions: 4, articles: 2, deals: 1, dealsByType: { funding: 1 }, usdRaised: 20e6 }]);
      const quenta = await get(`/api/companies/${await companyId('Quenta')}/timeline?interval=year`);
      expect(quenta.body.points).toEqual([{ period: '2025-01-01', mentions: 2, articles: 1, deals: 1, dealsByType: { acquisition: 1 }, usdRaised: 0 }]);
    });

    it('filters deals by type, round, company, amount and date', async () => {
      const ids = async (qs: string) => (await get(`/api/deals?${qs}`)).body.items.map((d: { type: string }) => d.type);
      expect(await ids('')).toEqual(['acquisition', 'funding']);
      expect(await ids('type=funding')).toEqual(['funding']);
      expect(await ids('type=funding,acquisition')).toEqual(['acquisition', 'funding']);
      expect(await ids('round=series%20b')).toEqual(['funding']);
      expect(await ids('company=Marrowby')).toEqual(['acquisition']);
      expect(await ids('company=Orbitwell%20Inc')).toEqual(['funding']);
      expect(await ids('company=Nobody')).toEqual([]);
      expect(await ids('min_usd=30000000')).toEqual(['acquisition']);
      expect(await ids('max_usd=30000000')).toEqual(['funding']);
      expect(await ids('from=2025-01-01')).toEqual(['acquisition']);
      expect(await ids('to=2024-12-31')).toEqual(['funding']);
    });

    it('pages deals with a cursor', async () => {
      const first = await get('/api/deals?limit=1');
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(first.body.total).toBe(2);
    expect((await get(`/api/deals?limit=1&cursor=${first.body.nextCursor}`)).body.total).toBeNull();
      const second = await get(`/api/deals?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      expect(second.body.nextCursor).toBeNull();
    });

    it.each([
      ['/api/deals?type=merger', 'type'], ['/api/deals?min_usd=abc', 'min_usd'], ['/api/deals?min_usd=-5', 'min_usd'],
      ['/api/deals?min_usd=9&max_usd=1', 'min_usd'], ['/api/deals?from=2024-13-01', 'from'], ['/api/deals?from=yesterday', 'from'],
      ['/api/deals?limit=0', 'limit'], ['/api/deals?limit=10000', 'limit'], ['/api/deals?limit=2.5', 'limit'],
      ['/api/deals?cursor=not-a-cursor', 'cursor'], ['/api/deals?colour=red', 'colour'], ['/api/deals.csv?round=', 'round'],
      ['/api/companies/abc', 'id'], ['/api/companies/1/timeline?interval=fortnight', 'interval'],
      ['/api/companies?limit=-1', 'limit'],
    ])('rejects %s with a 400 naming "%s"', async (path, param) => {
      const { status, body } = await get(path);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain(`"${param}"`);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    });

    it('answers 404 as JSON for unknown companies, deals and routes', async () => {
      expect(await get('/api/companies/999999')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      expect(await get('/api/deals/999999')).toMatchObject({ status: 404 });
      expect(await get('/api/nothing')).toMatchObject({ status: 404 });
    });

    it('exports filtered deals as spreadsheet-safe CSV', async () => {
      const res = await app.request('/api/deals.csv?type=funding');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^deal_id,type,subject,round,amount_value,amount_currency,amount_usd/);
      expect(lines[1]).toContain(',funding,Orbitwell,Series B,20000000,USD,20000000,');
      expect(lines[1]).toContain('Tallgrass Ventures');
    });

    it('serves the dashboard with a CSP that forbids inline script', async () => {
      const { status, headers } = await get('/');
      expect(status).toBe(200);
      expect(headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect((await get('/vendor/chart.umd.js')).status).toBe(200);
      expect((await get('/../package.json')).status).toBe(404);
    });
  });
}
