import { expect, it } from 'vitest';
import { describeApi } from '../../../test/support/api-harness.js';
import { dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { DEAL_TOTAL_CAP, searchDeals } from '../../db/queries/search-deals.js';

describeApi('deal search filters', ({ get, app, database }) => {
  const subjects = async (qs: string) => (await get(`/api/deals?${qs}`)).body.items.map((d: { type: string; subject: { name: string } | null }) =>
    `${d.type}:${d.subject?.name ?? '-'}`);

  it('filters by status, currency, investor, acquirer and minimum confidence', async () => {
    expect(await subjects('status=announced')).toEqual(['acquisition:Quenta']);
    expect(await subjects('currency=eur')).toEqual(['acquisition:Quenta']);
    expect(await subjects('investor=Tallgrass')).toEqual(['funding:Orbitwell']);
    expect(await subjects('investor=Marrowby')).toEqual([]);
    expect(await subjects('acquirer=Marrowby')).toEqual(['acquisition:Quenta']);
    expect(await subjects('company=Marrowby')).toEqual(['acquisition:Quenta', 'partnership:-']);
    expect(await subjects('min_confidence=0.5')).not.toContain('funding:Quenta');
    expect(await subjects('min_confidence=0')).toContain('funding:Quenta');
  });

  it('searches the text of titles and evidence', async () => {
    expect(await subjects('q=sensors%20Iberia')).toEqual(['partnership:-']);
    expect(await subjects('q=distribute')).toEqual(['partnership:-']);
    expect(await subjects('q=zeppelin')).toEqual([]);
  });

  it('sorts by amount, largest first, and pages through every deal once', async () => {
    expect(await subjects('sort=amount')).toEqual(['acquisition:Quenta', 'funding:Orbitwell', 'funding:Quenta', 'partnership:-']);
    const seen: number[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const page = await get(`/api/deals?sort=amount&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((d: { id: number }) => d.id));
      if (!page.body.nextCursor) break;
      cursor = page.body.nextCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const dateCursor = (await get('/api/deals?limit=1')).body.nextCursor;
    expect((await get(`/api/deals?sort=amount&cursor=${dateCursor}`)).status).toBe(400);
  });

  it('counts the matches on the first page, exactly under the cap, and says the count is exact', async () => {
    expect((await get('/api/deals')).body).toMatchObject({ total: 4, totalCapped: false });
    expect((await get('/api/deals?limit=1')).body).toMatchObject({ total: 4, totalCapped: false });
    expect((await get('/api/deals?type=funding&sort=amount')).body).toMatchObject({ total: 2, totalCapped: false });
    expect((await get('/api/deals?q=zeppelin')).body).toMatchObject({ items: [], total: 0, totalCapped: false });
    expect((await get('/api/deals?company=Nobody')).body).toMatchObject({ items: [], total: 0, totalCapped: false });
    // Later pages do not count again.
    const cursor = (await get('/api/deals?limit=1')).body.nextCursor;
    expect((await get(`/api/deals?limit=1&cursor=${cursor}`)).body).toMatchObject({ total: null, totalCapped: null });
    // The OpenAPI document describes both, and the cap.
    const doc = (await get('/api/openapi.json')).body;
    const props = doc.paths['/api/deals'].get.responses[200].content['application/json'].schema.properties;
    expect(Object.keys(props)).toEqual(['items', 'nextCursor', 'total', 'totalCapped']);
    expect(props.totalCapped.description).toContain(DEAL_TOTAL_CAP.toLocaleString('en-US'));
  });

  it('stops counting at the cap and flags the total as a lower bound, leaving the page itself unchanged', async () => {
    const db = database().db;
    const search = (q: Record<string, string>, totalCap?: number) => searchDeals(db, dealFiltersSchema.parse(q), { limit: 2, withTotal: true, totalCap });
    const exact = await search({});
    expect(exact).toMatchObject({ total: 4, totalCapped: false });
    // Exactly the cap is still exact; one under it is not.
    expect(await search({}, 4)).toEqual(exact);
    expect(await search({}, 3)).toEqual({ ...exact, total: 3, totalCapped: true });
    expect(await search({}, 1)).toEqual({ ...exact, total: 1, totalCapped: true });
    const funding = await search({ type: 'funding', sort: 'amount' });
    expect(funding).toMatchObject({ total: 2, totalCapped: false });
    expect(await search({ type: 'funding', sort: 'amount' }, 2)).toEqual(funding);
    expect(await search({ type: 'funding', sort: 'amount' }, 1)).toEqual({ ...funding, total: 1, totalCapped: true });
    // Without withTotal nothing is counted.
    expect(await searchDeals(db, dealFiltersSchema.parse({}), { limit: 2 })).toEqual({ ...exact, total: null, totalCapped: null });
  });

  it.each([['status=rumoured', 'status'], ['currency=dollars', 'currency'], ['min_confidence=2', 'min_confidence'], ['sort=size', 'sort'], ['q=', 'q']])(
    'rejects %s naming "%s"', async (qs, param) => {
      const { status, body } = await get(`/api/deals?${qs}`);
      expect(status).toBe(400);
      expect(body.error.message).toContain(`"${param}"`);
    },
  );

  it('exports CSV whose formula-like names open as plain text, and the same rows as JSON Lines', async () => {
    const res = await app().request('/api/deals.csv?company=Quenta&type=funding');
    const csv = Buffer.from(await res.arrayBuffer()).toString('utf8');
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'+Plus Co; -Minus AG; =Eqlabs; @At Ventures"`);
    const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const jsonl = (await get('/api/deals.jsonl?company=Quenta')).body as string;
    const rows = jsonl.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.type).sort()).toEqual(['acquisition', 'funding']);
    expect(rows.find((r) => r.type === 'funding').investors).toEqual(['+Plus Co', '-Minus AG', '=Eqlabs', '@At Ventures']);
  });

  it('exports without a BOM on request', async () => {
    const res = await app().request('/api/deals.csv?bom=0');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 7).toString()).toBe('deal_id');
  });
});

describeApi('deal statistics', ({ get }) => {
  it('aggregates totals, type mix, funding per month and top investors in the database, under the same filters', async () => {
    const all = (await get('/api/stats/deals')).body;
    expect(all).toMatchObject({ total: 4, byType: { funding: 2, acquisition: 1, partnership: 1 }, disclosedFundingUsd: 23e6, latestDay: '2025-01-10' });
    expect(all.fundingByMonth).toEqual([
      { month: '2023-11-01', rounds: 1, usd: 3e6, undisclosed: 0 }, { month: '2024-03-01', rounds: 1, usd: 20e6, undisclosed: 0 },
    ]);
    expect(all.topInvestors[0]).toMatchObject({ name: 'Tallgrass Ventures', led: 1, joined: 0, usd: 20e6 });
    expect(all.topInvestors).toHaveLength(6);
    const since = (await get('/api/stats/deals?from=2024-01-01')).body;
    expect(since).toMatchObject({ total: 3, byType: { funding: 1, acquisition: 1, partnership: 1 } });
    expect((await get('/api/stats/deals?company=Nobody')).body.total).toBe(0);
    expect((await get('/api/stats/deals?limit=5')).status).toBe(400);
  });
});
