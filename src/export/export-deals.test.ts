import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import type { Db } from '../db/database.js';
import { dealFiltersSchema } from '../db/queries/deal-filters.js';
import { refreshDealLines } from '../db/refresh-deal-lines.js';
import { exportDealPages } from './export-deal-pages.js';
import { exportDeals } from './export-deals.js';
import type { ExportFormat } from './write-rows.js';

/**
 * Awkward values in every text column the export writes (quotes, commas, CR/LF, formula starts, backslashes, control
 * characters, non-ASCII, empty text, NULLs), numbers whose JavaScript and Postgres spellings differ (1e-7, 1e+21, NaN,
 * 2.50, confidences on a rounding tie, infinite dates), and 4,000 generated deals so that the export spans several chunks and pages.
 */
async function seed(db: Db) {
  await db.execute(sql`insert into companies (id, name, norm_name, marked_wrong) values
    (1, 'Orbitwell', 'orbitwell', false), (2, '=HYPERLINK("http://x.example")', 'hyperlink', false), (3, 'Comma, Inc.', 'comma', false),
    (4, 'Quote "Q" Labs', 'quote q labs', false), (5, ${'Line\nBreak GmbH'}, 'line break', false), (6, 'Zürich Ünited 🚀', 'zurich united', false),
    (7, '-Minus AG', 'minus', false), (8, '+Plus Co', 'plus', false), (9, '@At Ventures', 'at ventures', false), (10, ${'\tTab Capital'}, 'tab capital', false),
    (11, 'Marked Wrong Co', 'marked wrong', true), (12, '', 'empty name', false), (13, ${'Back\\slash \u0001 Ctl'}, 'backslash', false),
    (14, ${'\rCR Start'}, 'cr start', false), (15, '北京科技', 'beijing keji', false)`);
  await db.execute(sql`insert into articles (id, entry_key, content_hash, title, body, url, published_at) values
    (1, 'a1', 'h1', 'Orbitwell raises $5M, led by "Q"', 'x', 'https://n.example/1', '2024-03-01T09:00:00Z'),
    (2, 'a2', 'h2', ${'Second report\r\nof the round'}, 'x', null, '2024-03-01T09:00:00Z'),
    (3, 'a3', 'h3', '=1+2 sensors deal', 'x', '', '2024-02-01T09:00:00Z'),
    (4, 'a4', 'h4', 'Zürich news 🚀', 'x', 'https://n.example/ü', null),
    (5, 'a5', 'h5', '-dash title', 'x', 'https://n.example/5', '2023-01-01T00:00:00Z')`);
  await db.execute(sql`insert into deals (id, type, subject_id, subject_name, amount_value, amount_currency, amount_usd, usd_converted, round, status, announced_on, confidence, review) values
    (1, 'funding', 1, 'Orbitwell Inc', 5000000, 'USD', 5000000, false, 'Seed, "A"', 'completed', '2024-03-01', 0.91234, null),
    (2, 'acquisition', 6, 'Zurich', 10000000000000000, 'IDR', 650000000000, true, null, 'announced', '2024-03-01', 0.7, null),
    (3, 'partnership', null, '', 100, '', 100, false, null, 'announced', '2024-02-01', 0.6, 'accepted'),
    (4, 'funding', null, '=SUM(A1)', 0.000001, 'USD', 1e-7, false, '-1', 'reported', null, 0.1235, null),
    (5, 'funding', 1, 'Orbitwell', 1000000, 'USD', 1000000, false, 'Seed', 'completed', '2024-04-01', 0.9, 'rejected'),
    (6, 'ipo', 11, 'Wrong', 1234567890123456789, 'USD', 1.2345678901234567e21, false, null, 'planned', '2023-12-31', 0.0005, null),
    (7, 'fund', null, ${'Fenmoor, "Fund" II\r\nx'}, 90000000, 'USD', 'NaN', true, ${'\tR'}, 'completed', null, 0.8, null),
    (8, 'joint_venture', 15, null, null, null, null, false, null, 'announced', '2024-02-29', 1, null),
    (9, 'funding', 14, null, 2.50, 'EUR', 2.75, true, '@round', 'completed', '2024-02-29', 0.0015, null),
    (10, 'funding', null, 'Far past', null, null, null, false, null, 'completed', '-infinity', 0.5, null),
    (11, 'funding', null, 'Far future', null, null, null, false, null, 'completed', 'infinity', 0.5, null)`);
  await db.execute(sql`insert into deal_parties (deal_id, company_id, role) values
    (1, 12, 'investor'), (1, 5, 'investor'), (1, 4, 'investor'), (1, 3, 'investor'), (1, 11, 'investor'), (1, 2, 'lead_investor'),
    (2, 8, 'acquirer'), (2, 7, 'acquirer'), (3, 15, 'partner'), (3, 14, 'partner'), (3, 13, 'partner'), (3, 10, 'partner'), (3, 9, 'partner'),
    (5, 3, 'investor'), (6, 11, 'investor'), (8, 1, 'member'), (8, 6, 'member'), (8, 3, 'advisor'), (9, 12, 'lead_investor'), (9, 7, 'investor')`);
  await db.execute(sql`insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, confidence) values
    (1, 2, 'main', 'A second report of the round.', 0, 10, 0.8), (1, 1, 'main', '@Orbitwell raised $5M, "led" by =Tallgrass.', 0, 10, 0.9),
    (1, 4, 'main', ${'Zürich\nsaid so'}, 0, 10, 0.5), (3, 3, 'main', 'Sensors partnership.', 0, 10, 0.7), (3, 5, 'main', ${'\\back \u001f'}, 0, 10, 0.7),
    (8, 4, 'main', '', 0, 10, 0.7)`);
  // Generated deals: each subject, two parties and a source of its own; confidences on every thousandth, ties included.
  await db.execute(sql`insert into articles (id, entry_key, content_hash, title, body, url, published_at)
    select i, 'g' || i, 'gh' || i, 'Deal ' || i || case when i % 3 = 0 then ', "quoted"' else '' end, 'x',
      case when i % 4 = 0 then null else 'https://g.example/' || i end, timestamptz '2024-01-01' + i * interval '1 hour' from generate_series(1000, 4999) i`);
  await db.execute(sql`insert into deals (id, type, subject_id, subject_name, amount_value, amount_currency, amount_usd, round, status, announced_on, confidence)
    select i, (array['funding', 'acquisition', 'partnership', 'ipo'])[1 + i % 4], case when i % 5 = 0 then null else 1 + i % 15 end, 'Generated ' || i,
      case when i % 7 = 0 then null else i * 1234.5 end, case when i % 11 = 0 then '' else 'USD' end, i * 1.1, case when i % 2 = 0 then 'Series A' end,
      'completed', date '2024-01-01' + i % 400, ((i % 2000) / 2000.0)::real from generate_series(1000, 4999) i`);
  await db.execute(sql`insert into deal_parties (deal_id, company_id, role)
    select i, 1 + i % 15, 'investor' from generate_series(1000, 4999) i
    union all select i, 1 + (i + 7) % 15, case when i % 3 = 0 then 'lead_investor' else 'partner' end from generate_series(1000, 4999) i`);
  await db.execute(sql`insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, confidence)
    select i, i, 'main', case when i % 9 = 0 then '=evidence ' || i else 'evidence, ' || i end, 0, 10, 0.5 from generate_series(1000, 4999) i`);
  await db.execute(sql`select setval('companies_id_seq', 100), setval('articles_id_seq', 10000), setval('deals_id_seq', 10000)`);
}

const rowsOf = <T>(r: unknown): [T, ...T[]] => (r as { rows: [T, ...T[]] }).rows;

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

const FILTERS: Record<string, string>[] = [
  {}, { sort: 'amount' }, { type: 'funding' }, { type: 'funding,ipo', sort: 'amount' }, { company: '1' }, { investor: '3' },
  { acquirer: '8' }, { company: '6', type: 'acquisition,joint_venture' }, { q: 'sensors' }, { from: '2024-02-01', to: '2024-03-01' }, { min_usd: '2', max_usd: '3000' }, { round: 'series a' },
  { status: 'completed', min_confidence: '0.5' }, { currency: 'usd', sort: 'amount' }, { company: 'Nobody Ltd' },
];

const export_ = (db: Db, f: Record<string, string>, format: ExportFormat, bom: boolean) => text(exportDeals(db, dealFiltersSchema.parse(f), format, { bom }));

const count = async (db: Db, from: string) => rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${from}`)))[0].n;
const hasServer = testDatabases.some((t) => t.name === 'postgres' && !t.skip);

/** Names are sorted by the database's collation: only a byte-order one on both sides makes the two databases agree. */
async function isByteOrder(server: Db): Promise<boolean> {
  const [{ collation }] = rowsOf<{ collation: string }>(await server.execute(sql`select datcollate as collation from pg_database where datname = current_database()`));
  return ['C', 'POSIX', 'C.UTF-8', 'C.utf8'].includes(collation);
}

/**
 * The server's export (ready lines where fresh, the other deals from their columns) against the page path on the
 * server, and against PGlite's export when `pglite` is given (it holds the same data), for every filter set and format.
 */
async function expectServerMatchesPages(server: Db, pglite: Db | null) {
  for (const f of FILTERS) {
    for (const format of ['csv', 'jsonl'] as const) {
      const bom = format === 'csv' && !f.sort;
      const streamed = await export_(server, f, format, bom);
      const paged = await text(exportDealPages(server, dealFiltersSchema.parse(f), format, { bom }));
      expect(streamed, `${format} ${JSON.stringify(f)}`).toBe(paged);
      if (pglite) expect(streamed, `${format} ${JSON.stringify(f)} on PGlite`).toBe(await export_(pglite, f, format, bom));
    }
  }
}

describe('exportDeals', () => {
  const opened = new Map<string, TestDatabase>();
  beforeAll(async () => {
    for (const target of testDatabases) {
      if (target.skip) continue;
      const database = await target.open();
      opened.set(target.name, database);
      await seed(database.db);
    }
  });
  afterAll(async () => { for (const d of opened.values()) await d.destroy(); });

  it('writes awkward text as csvCell does and numbers as JavaScript does (PGlite: pages of rows)', async () => {
    const db = opened.get('pglite')!.db;
    const csv = await export_(db, {}, 'csv', false);
    // Deal 1's line holds a CR LF of its own (a quoted title).
    const line = (id: number) => new RegExp(`\r\n(${id},[^]*?)\r\n(?:\\d+,|$)`).exec(csv)?.[1];
    expect(line(1)).toBe(`1,funding,Orbitwell,"Seed, ""A""",5000000,USD,5000000,false,completed,2024-03-01,"'=HYPERLINK(""http://x.example"")",`
      + `"; Comma, Inc.; Line\nBreak GmbH; Quote ""Q"" Labs",,,,0.912,3,"Orbitwell raises $5M, led by ""Q""; Second report\r\nof the round; Zürich news 🚀",`
      + `https://n.example/1; https://n.example/ü,"'@Orbitwell raised $5M, ""led"" by =Tallgrass."`);
    expect(line(4)).toBe(`4,funding,"'=SUM(A1)","'-1",0.000001,USD,1e-7,false,reported,,,,,,,0.123,0,,,`);
    expect(line(6)).toBe('6,ipo,Marked Wrong Co,,1234567890123456800,USD,1.2345678901234568e+21,false,planned,2023-12-31,,,,,,0.001,0,,,');
    expect(csv).not.toMatch(/^5,/m);
    expect(csv).toMatch(/\r\n10,funding,Far past,,,,,,completed,"'-infinity",/);
    const jsonl = (await export_(db, { sort: 'amount' }, 'jsonl', true)).trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.find((r) => r.deal_id === 7)).toMatchObject({ subject: 'Fenmoor, "Fund" II\r\nx', amount_usd: null, round: '\tR', usd_converted: true });
    expect(jsonl.find((r) => r.deal_id === 3)).toMatchObject({ subject: null, amount_value: null, partners: ['\tTab Capital', '\rCR Start', '@At Ventures', 'Back\\slash \u0001 Ctl', '北京科技'] });
  });

  it.skipIf(!testDatabases.some((t) => t.name === 'postgres' && !t.skip))(
    'streams on the Postgres server, byte for byte, what the page path writes there and on PGlite, for every filter and format',
    async () => {
      const server = opened.get('postgres')!.db;
      const pglite = opened.get('pglite')!.db;
      // On a server exportDeals takes the COPY path (a pg pool), on PGlite the pages.
      expect((server as unknown as { $client: unknown }).$client).toBeInstanceOf(pg.Pool);
      // No line is ready yet (the seeded deals are all marked): the server writes every deal from its columns.
      expect(await count(server, 'deal_export_lines')).toBe(0);
      await expectServerMatchesPages(server, await isByteOrder(server) ? pglite : null);
      expect((await export_(server, {}, 'csv', true)).split('\r\n').length).toBeGreaterThan(4000);
    },
  );

  // The three cases below run in this order on the server's data: every line ready, then some deals marked stale, then
  // lines gone without a mark.
  it.skipIf(!hasServer)('streams the ready lines once refreshDealLines wrote them, byte for byte what the page path writes', async () => {
    const server = opened.get('postgres')!.db;
    const deals = await count(server, 'deals');
    // A deal marked by several statements (its insert, its parties', its sources') may be written once per batch of marks.
    expect(await refreshDealLines(server)).toBeGreaterThanOrEqual(deals);
    expect(await refreshDealLines(server)).toBe(0);
    expect(await count(server, 'deal_export_stale')).toBe(0);
    expect(await count(server, 'deal_export_lines')).toBe(deals);
    // (The page path on the server wrote what PGlite writes in the test above, on these same data.)
    await expectServerMatchesPages(server, null);
    // The ready line is what the export copies: a line changed behind its back shows.
    await server.execute(sql`update deal_export_lines set csv = replace(csv, 'Generated 1005', 'Ready line 1005') where deal_id = 1005`);
    try {
      expect(await export_(server, {}, 'csv', false)).toContain('\r\n1005,acquisition,Ready line 1005,');
    } finally {
      await server.execute(sql`update deal_export_lines set csv = replace(csv, 'Ready line 1005', 'Generated 1005') where deal_id = 1005`);
    }
  });

  it.skipIf(!hasServer)('writes the deals changed since the refresh with their new values, the others from their ready lines', async () => {
    const server = opened.get('postgres')!.db;
    // No refresh between these changes and the export.
    await server.execute(sql`update companies set name = 'Renamed, "Comma" Co' where id = 3`);
    await server.execute(sql`update companies set marked_wrong = true where id = 4`);
    await server.execute(sql`update articles set title = 'Retitled "Orbitwell" round' where id = 1`);
    await server.execute(sql`delete from deal_sources where deal_id = 1 and article_id = 4`);
    await server.execute(sql`update deals set amount_value = 42, amount_currency = 'EUR', amount_usd = 45.5 where id = 2`);
    await server.execute(sql`update deals set amount_value = 777, amount_usd = 777 where id = 1002`);
    // Not in a line: marks nothing.
    await server.execute(sql`update deals set review = 'accepted' where id = 9`);
    const marked = new Set(rowsOf<{ id: number }>(await server.execute(sql`select distinct deal_id as id from deal_export_stale`)).map((r) => r.id));
    for (const id of [1, 2, 5, 8, 1000, 1001, 1002, 1007]) expect(marked, `deal ${id} marked`).toContain(id);
    for (const id of [3, 4, 9, 10, 1005, 1020]) expect(marked, `deal ${id} not marked`).not.toContain(id);
    // A mix: most deals still have a fresh line, which the export uses.
    expect(marked.size).toBeGreaterThan(100);
    expect(marked.size).toBeLessThan(await count(server, 'deals') / 2);

    const csv = await export_(server, {}, 'csv', false);
    const line = (id: number) => new RegExp(`\r\n(${id},[^]*?)\r\n(?:\\d+,|$)`).exec(csv)?.[1];
    expect(line(1)).toBe(`1,funding,Orbitwell,"Seed, ""A""",5000000,USD,5000000,false,completed,2024-03-01,"'=HYPERLINK(""http://x.example"")",`
      + `"; Line\nBreak GmbH; Renamed, ""Comma"" Co",,,,0.912,2,"Retitled ""Orbitwell"" round; Second report\r\nof the round",`
      + `https://n.example/1,"'@Orbitwell raised $5M, ""led"" by =Tallgrass."`);
    expect(line(2)).toMatch(/^2,acquisition,Zürich Ünited 🚀,,42,EUR,45.5,true,announced,2024-03-01,/);
    // Deal 1007's subject is company 3.
    expect(line(1007)).toMatch(/^1007,ipo,"Renamed, ""Comma"" Co",,/);
    expect(csv).toContain('\r\n1002,partnership,Back\\slash \u0001 Ctl,Series A,777,USD,777,false,');
    // Company 4 (marked wrong) is left out of parties, though it still names the deals it is the subject of.
    expect(line(1001)).toMatch(/^1001,acquisition,,,,,,,completed,2024-07-20,,,,,,[\d.]+,1,Deal 1001,/);
    expect(csv).not.toContain('Comma, Inc.');
    const jsonl = (await export_(server, {}, 'jsonl', false)).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(jsonl.find((r) => r.deal_id === 1)).toMatchObject({
      investors: ['', 'Line\nBreak GmbH', 'Renamed, "Comma" Co'], source_count: 2,
      source_titles: ['Retitled "Orbitwell" round', 'Second report\r\nof the round'], source_urls: ['https://n.example/1'],
    });
    expect(jsonl.find((r) => r.deal_id === 2)).toMatchObject({ amount_value: 42, amount_currency: 'EUR', amount_usd: 45.5 });
    await expectServerMatchesPages(server, null);
  });

  it.skipIf(!hasServer)('writes a deal whose line was removed by hand (which marks it), from its columns', async () => {
    const server = opened.get('postgres')!.db;
    await server.execute(sql`delete from deal_export_lines where deal_id in (3, 4, 1005)`);
    expect(await count(server, 'deal_export_stale where deal_id in (3, 4, 1005)')).toBe(3);
    const csv = await export_(server, {}, 'csv', false);
    expect(csv).toContain('\r\n3,partnership,,,,,,,announced,2024-02-01,,,,"\'\tTab Capital; \rCR Start; @At Ventures; Back\\slash \u0001 Ctl; 北京科技",');
    expect(csv).toMatch(/\r\n4,funding,"'=SUM\(A1\)","'-1",0.000001,USD,1e-7,false,reported,/);
    expect(csv).toMatch(/\r\n1005,acquisition,Generated 1005,,1240672.5,USD,1105.5,false,completed,2024-07-24,/);
    const jsonl = (await export_(server, { type: 'funding' }, 'jsonl', false)).trim().split('\n').map((l) => JSON.parse(l) as { deal_id: number });
    expect(jsonl.filter((r) => r.deal_id === 4)).toHaveLength(1);
    await expectServerMatchesPages(server, null);
  });

  it.skipIf(!testDatabases.some((t) => t.name === 'postgres' && !t.skip))('lets go of the server connection when the consumer stops early', async () => {
    const database = opened.get('postgres')!;
    const chunks = exportDeals(database.db, dealFiltersSchema.parse({}), 'jsonl');
    expect((await chunks.next()).done).toBe(false);
    await chunks.return(undefined);
    const copies = async () => rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and query like 'copy (%' and pid <> pg_backend_pid()`))[0]!.n;
    // The backend goes once it notices the closed socket.
    for (let i = 0; i < 100 && await copies() > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await copies()).toBe(0);
  });
});
