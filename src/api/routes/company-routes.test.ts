import { expect, it } from 'vitest';
import { coMentionEdges, type GraphEdge } from '../../db/queries/graph-edges.js';
import { describeApi } from '../../../test/support/api-harness.js';

describeApi('companies: search, profile, graph, exports', ({ get, companyId, database }) => {
  it('finds companies by prefix, substring, alias and misspelling, best match first', async () => {
    const names = async (q: string) => (await get(`/api/companies?q=${encodeURIComponent(q)}`)).body.items.map((c: { name: string }) => c.name);
    expect((await names('orbit'))[0]).toBe('Orbitwell');
    expect((await names('grass'))[0]).toBe('Tallgrass Ventures');
    expect((await names('Tallgras Venture'))[0]).toBe('Tallgrass Ventures');
    expect((await names('Marowby'))[0]).toBe('Marrowby');
    expect(await names('zzzzqqq')).toEqual([]);
  });

  it('profiles an investee with its investors and total raised, and an investor with its portfolio', async () => {
    const orbitwell = (await get(`/api/companies/${await companyId('Orbitwell')}`)).body;
    expect(orbitwell.totalRaisedUsd).toBe(20e6);
    expect(orbitwell.investors.map((c: { name: string }) => c.name)).toEqual(['Fennick Capital', 'Tallgrass Ventures']);
    expect(orbitwell.coMentioned.map((c: { name: string; count: number }) => [c.name, c.count])).toEqual([
      ['Fennick Capital', 2], ['Tallgrass Ventures', 2], ['Marrowby', 1],
    ]);
    expect(orbitwell.dealsByRole).toEqual({ subject: 1, partner: 1 });
    const tallgrass = (await get(`/api/companies/${await companyId('Tallgrass')}`)).body;
    expect(tallgrass.portfolio).toEqual([{ id: orbitwell.id, name: 'Orbitwell', count: 1 }]);
  });

  it('draws the graph to depth 1 and 2 with typed, weighted, dated edges', async () => {
    const id = await companyId('Tallgrass');
    const one = (await get(`/api/companies/${id}/graph?depth=1&types=invested,acquired,partnered`)).body;
    expect(one.nodes.map((n: { name: string; depth: number }) => [n.name, n.depth])).toEqual([['Tallgrass Ventures', 0], ['Orbitwell', 1]]);
    expect(one.edges).toEqual([expect.objectContaining({ source: id, type: 'invested', weight: 1, firstDate: '2024-03-05', lastDate: '2024-03-05' })]);
    expect(one.truncated).toBe(false);
    expect((await get(`/api/companies/${id}/graph?depth=2&max_nodes=2`)).body).toMatchObject({ truncated: true, nodes: [expect.anything(), expect.anything()] });
    const two = (await get(`/api/companies/${id}/graph?depth=2&types=invested,acquired,partnered`)).body;
    expect(two.nodes.map((n: { name: string }) => n.name)).toEqual(['Tallgrass Ventures', 'Orbitwell', 'Fennick Capital', 'Marrowby']);
    expect(two.edges.map((e: { type: string }) => e.type).sort()).toEqual(['invested', 'invested', 'partnered']);
    const windowed = (await get(`/api/companies/${id}/graph?depth=2&types=invested,partnered&to=2024-05-31`)).body;
    expect(windowed.edges.map((e: { type: string }) => e.type)).toEqual(['invested', 'invested']);
    const co = (await get(`/api/companies/${id}/graph?types=co_mentioned`)).body;
    expect(co.edges.every((e: { type: string; dealIds: number[] }) => e.type === 'co_mentioned' && e.dealIds.length === 0)).toBe(true);
    expect(co.nodes.length).toBeGreaterThan(1);
  });

  it("keeps each company's strongest co-mentions: the same pairs, weights and dates as in the full list", async () => {
    const db = database().db;
    const ids = [await companyId('Orbitwell'), await companyId('Tallgrass')];
    const all = await coMentionEdges(db, ids, {}, 1000);
    for (const id of ids) {
      const mine = all.filter((e) => e.source === id || e.target === id);
      expect(mine.length).toBeGreaterThan(2);
      const other = (e: GraphEdge) => (e.source === id ? e.target : e.source);
      const strongest = [...mine].sort((a, b) => b.weight - a.weight || other(a) - other(b));
      for (const k of [1, 2]) {
        const kept = await coMentionEdges(db, [id], {}, k);
        expect(kept).toHaveLength(k);
        expect(kept).toEqual(expect.arrayContaining(strongest.slice(0, k)));
      }
    }
  });

  it.each([['graph?depth=3', 'depth'], ['graph?types=friends', 'types'], ['graph?max_nodes=1', 'max_nodes'], ['timeline.csv?interval=decade', 'interval']])(
    'rejects %s naming "%s"', async (path, param) => {
      const { status, body } = await get(`/api/companies/1/${path}`);
      expect(status).toBe(400);
      expect(body.error.message).toContain(`"${param}"`);
    },
  );

  it('exports companies, a timeline and graph edges as CSV and JSON Lines', async () => {
    const companies = (await get('/api/companies.jsonl')).body.trim().split('\n').map((l: string) => JSON.parse(l));
    expect(companies.find((c: { name: string }) => c.name === 'Orbitwell')).toMatchObject({ mentions: 5, articles: 3, deals: 2, total_raised_usd: 20e6 });
    const csv = (await get('/api/companies.csv')).body as string;
    expect(csv).toMatch(/^\uFEFF?company_id,name,aliases,mentions,articles,deals,total_raised_usd,confidence\r\n/);
    expect(csv).toContain(`"'=Eqlabs"`);
    const id = await companyId('Orbitwell');
    const timeline = (await get(`/api/companies/${id}/timeline.csv?interval=quarter&bom=0`)).body as string;
    expect(timeline.split('\r\n').slice(0, 3)).toEqual([
      'period,mentions,articles,deals,usd_raised,deals_funding,deals_partnership', '2024-01-01,4,2,1,20000000,1,0', '2024-04-01,1,1,1,0,0,1',
    ]);
    const edges = (await get(`/api/companies/${await companyId('Tallgrass')}/graph.jsonl?types=invested`)).body.trim().split('\n').map((l: string) => JSON.parse(l));
    expect(edges).toEqual([expect.objectContaining({ source: 'Tallgrass Ventures', target: 'Orbitwell', type: 'invested', weight: 1 })]);
  });

  it('searches articles by text, company and date', async () => {
    const titles = async (qs: string) => (await get(`/api/articles?${qs}`)).body.items.map((a: { title: string }) => a.title);
    expect(await titles('q=sensors')).toEqual(['Orbitwell and Marrowby sign distribution partnership']);
    expect(await titles('company=Quenta')).toEqual(['Marrowby acquires Quenta for €40 million', 'Quenta gets seed money from unusual backers']);
    expect(await titles('from=2025-01-01')).toEqual(['Marrowby acquires Quenta for €40 million']);
    expect(await titles('to=2023-12-31')).toEqual(['Quenta gets seed money from unusual backers']);
    expect(await titles('feed=999')).toEqual([]);
    expect((await get('/api/articles?feed=abc')).status).toBe(400);
    const first = (await get('/api/articles?limit=2')).body;
    const rest = (await get(`/api/articles?limit=10&cursor=${first.nextCursor}`)).body;
    expect(first.items.length + rest.items.length).toBe(5);
    expect((await get('/api/articles?cursor=xyz')).status).toBe(400);
  });

  it('documents every route in an OpenAPI document with a browsable page', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/deals', '/api/deals.csv', '/api/companies/{id}/graph', '/api/articles']) expect(doc.paths[path]).toBeDefined();
    expect(doc.paths['/api/deals'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['investor', 'min_confidence', 'cursor']));
  });
});
