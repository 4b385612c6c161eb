import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../../test/support/api-harness.js';
import { dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { decodeDealCursor } from '../../db/queries/deal-cursor.js';
import { DEAL_TOTAL_CAP, searchDeals, type DealPage, type SearchPage } from '../../db/queries/search-deals.js';
import { sqlRows } from '../../db/backup/sql-rows.js';

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

describeApi('deal text search over more deals than a page', ({ database }) => {
  // 60 deals over 20 days (ties on the day, some amounts undisclosed). "orchard" is common: in the evidence of every
  // third deal, the title of every fifth deal's article, a second source's title for every eleventh; deal 30 matches
  // but is rejected. "quillwort" is rare: deal 7's evidence, deal 40's title.
  const N = 60;
  const matches = (i: number, word: string) => (word === 'orchard' ? i % 3 === 0 || i % 5 === 0 || i % 11 === 0 : i === 7 || i === 40);
  const day = (i: number) => `2025-02-${String(1 + (i * 7) % 20).padStart(2, '0')}`;
  const amount = (i: number) => (i % 7 === 0 ? null : (i * 7919) % 1000 * 1e5);
  const ids: number[] = [];

  beforeAll(async () => {
    const db = database().db;
    const title = (i: number) => `${i % 5 === 0 ? 'Orchard' : 'Quarterly'} news ${i}${i === 40 ? ' quillwort' : ''}`;
    const evidence = (i: number) => `Deal ${i} ${i % 3 === 0 ? 'orchard' : 'growth'} terms${i === 7 ? ' quillwort' : ''}`;
    for (let i = 1; i <= N; i++) {
      const [a] = await sqlRows<{ id: number }>(db, sql`insert into articles (entry_key, content_hash, title, body) values (${`text-${i}`}, ${`h-${i}`}, ${title(i)}, 'body') returning id`);
      const [d] = await sqlRows<{ id: number }>(db, sql`insert into deals (type, status, confidence, announced_on, amount_usd, review)
        values (${i % 2 ? 'funding' : 'partnership'}, 'announced', 0.9, ${day(i)}, ${amount(i)}, ${i === 30 ? 'rejected' : null}) returning id`);
      ids[i] = d!.id;
      await sqlRows(db, sql`insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, confidence)
        values (${d!.id}, ${a!.id}, 'main', ${evidence(i)}, 0, 1, 0.9)`);
      if (i % 11 === 0) {
        const [b] = await sqlRows<{ id: number }>(db, sql`insert into articles (entry_key, content_hash, title, body) values (${`text-${i}-b`}, ${`h-${i}-b`}, 'Orchard follow-up', 'body') returning id`);
        await sqlRows(db, sql`insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, confidence)
          values (${d!.id}, ${b!.id}, 'background', 'a later report', 0, 1, 0.9)`);
      }
    }
    // Statistics, so that the default plan measures the words (a table never analysed always gathers).
    await sqlRows(db, 'analyze deals');
  });

  /** Every page of a search, in order, read the way `plan` says; and the first page's count. */
  async function pages(f: Record<string, string>, plan: Pick<SearchPage, 'textPlan' | 'walkLength'>, limit = 4) {
    const filters = dealFiltersSchema.parse(f);
    const seen: number[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    for (let n = 0; n < 40; n++) {
      const page: DealPage = await searchDeals(database().db, filters, { limit, cursor: cursor ? decodeDealCursor(cursor, filters.sort) : null, withTotal: n === 0, ...plan });
      if (n === 0) total = page.total;
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return { seen, total };
  }
  /** The deals a search must return, in its order, worked out here from the rows above. */
  const expected = (word: string, sort: 'date' | 'amount', keep: (i: number) => boolean = () => true) => {
    const rows = Array.from({ length: N }, (_, k) => k + 1).filter((i) => matches(i, word) && i !== 30 && keep(i));
    const key = (i: number) => (sort === 'amount' ? amount(i) ?? -1 : Date.parse(day(i)));
    return rows.sort((a, b) => key(b) - key(a) || ids[b]! - ids[a]!).map((i) => ids[i]!);
  };

  it.each([
    ['a common word, newest first', { q: 'orchard' }, () => expected('orchard', 'date')],
    ['a common word, largest first', { q: 'orchard', sort: 'amount' }, () => expected('orchard', 'amount')],
    ['a common word with another filter', { q: 'orchard', type: 'partnership' }, () => expected('orchard', 'date', (i) => i % 2 === 0)],
    ['a rare word', { q: 'quillwort' }, () => expected('quillwort', 'date')],
    ['a rare word, largest first', { q: 'quillwort', sort: 'amount' }, () => expected('quillwort', 'amount')],
    ['a word nothing has', { q: 'zeppelin' }, () => []],
  ] as const)('pages through %s alike whether it walks the deals, gathers the matches or gives up walking', async (_, f, wanted) => {
    const want = wanted();
    expect(want.length === 0 || want.length > 4 || f.q === 'quillwort').toBe(true);
    const gathered = await pages(f, { textPlan: 'gather' });
    expect(gathered).toEqual({ seen: want, total: want.length });
    expect(await pages(f, { textPlan: 'walk' })).toEqual(gathered);
    // A walk of 3 deals never fills a page of 4: every page falls back to gathering, from its cursor.
    expect(await pages(f, { textPlan: 'walk', walkLength: 3 })).toEqual(gathered);
    expect(await pages(f, {})).toEqual(gathered);
    expect(await pages(f, { textPlan: 'walk' }, 1)).toEqual(gathered);
  });

  it('counts a text search up to the cap whether the evidence alone passes it or only evidence and titles together do', async () => {
    const db = database().db;
    const all = expected('orchard', 'date');
    const byEvidence = Array.from({ length: N }, (_, k) => k + 1).filter((i) => i % 3 === 0 && i !== 30).length;
    expect(byEvidence).toBeLessThan(all.length);
    const count = async (totalCap: number) => {
      const r = await searchDeals(db, dealFiltersSchema.parse({ q: 'orchard' }), { limit: 2, withTotal: true, totalCap });
      return [r.total, r.totalCapped];
    };
    expect(await count(byEvidence - 1)).toEqual([byEvidence - 1, true]);
    expect(await count(byEvidence + 1)).toEqual([byEvidence + 1, true]);
    expect(await count(all.length - 1)).toEqual([all.length - 1, true]);
    expect(await count(all.length)).toEqual([all.length, false]);
    expect(await count(DEAL_TOTAL_CAP)).toEqual([all.length, false]);
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
