import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/database.js';

type Row = Record<string, unknown>;

/** The article key (feed source and entry key) and deal key (type, subject, sources) of every row, by id. */
const KEYS = `
  with ak as (select a.id, coalesce(f.source, '(no feed)') || ' ' || a.entry_key as k from articles a left join feeds f on f.id = a.feed_id),
  dk as (select d.id, d.type || ' ' || coalesce(s.norm_name, '-') || ' [' || coalesce((select string_agg(ak.k, ', ' order by ak.k)
    from deal_sources ds join ak on ak.id = ds.article_id where ds.deal_id = d.id), '') || ']' as k
    from deals d left join companies s on s.id = d.subject_id)`;

/** Each known table with its rows and the natural keys that stand for its ids. */
const QUERIES: Record<string, string> = {
  feeds: 'select * from feeds',
  articles: 'select a.*, f.source as feed from articles a left join feeds f on f.id = a.feed_id',
  companies: 'select c.*, m.norm_name as merged_into from companies c left join companies m on m.id = c.merged_into_id',
  company_aliases: 'select ca.*, c.norm_name as company from company_aliases ca join companies c on c.id = ca.company_id',
  mentions: `${KEYS} select m.*, ak.k as article, c.norm_name as company from mentions m join ak on ak.id = m.article_id join companies c on c.id = m.company_id`,
  deals: `${KEYS} select d.*, dk.k as deal, s.norm_name as subject from deals d join dk on dk.id = d.id left join companies s on s.id = d.subject_id`,
  deal_parties: `${KEYS} select p.*, dk.k as deal, c.norm_name as company from deal_parties p join dk on dk.id = p.deal_id join companies c on c.id = p.company_id`,
  deal_sources: `${KEYS} select s.*, dk.k as deal, ak.k as article from deal_sources s join dk on dk.id = s.deal_id join ak on ak.id = s.article_id`,
  company_merges: `select m.*, row_number() over (order by m.id) as seq, f.norm_name as from_company, i.norm_name as into_company
    from company_merges m join companies f on f.id = m.from_id join companies i on i.id = m.into_id`,
  curation_log: 'select * from curation_log',
  api_tokens: 'select name, revoked_at from api_tokens',
  // Derived: which deals are marked (not how many times), and the lines without the deal id they start with.
  deal_export_stale: `${KEYS} select distinct coalesce(dk.k, '(a deleted deal)') as deal from deal_export_stale s left join dk on dk.id = s.deal_id`,
  deal_export_lines: `${KEYS} select dk.k as deal, regexp_replace(l.csv, '^[0-9]+', '') as csv, regexp_replace(l.json, '^[{]"deal_id":[0-9]+', '{') as json
    from deal_export_lines l join dk on dk.id = l.deal_id`,
};
/** Kept in their order (the order of the actions is part of what must match), not sorted. */
const ORDERED = new Set(['company_merges', 'curation_log']);
/** Timestamps that are content, not the time a row was written. */
const CONTENT_TIMES = new Set(['published_at']);

export type Snapshot = Record<string, string[]>;

const rowsOf = async (db: Db, query: string): Promise<Row[]> => ((await db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;

/**
 * Every row of every table in the public schema, with ids replaced by natural keys (feed source, entry key,
 * company norm_name, a deal's type, subject and source articles, a merge's place in the sequence), and the times
 * rows were written reduced to set/unset: two databases holding the same content give equal snapshots whatever
 * ids and clocks they saw. Tables this module does not know are compared too, without their id and *_id columns.
 */
export async function snapshotDatabase(db: Db): Promise<Snapshot> {
  const tables = (await rowsOf(db, `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`))
    .map((r) => String(r.table_name));
  const ak = new Map((await rowsOf(db, `${KEYS} select id, k from ak`)).map((r) => [Number(r.id), String(r.k)]));
  const dk = new Map((await rowsOf(db, `${KEYS} select id, k from dk`)).map((r) => [Number(r.id), String(r.k)]));
  const ck = new Map((await rowsOf(db, 'select id, norm_name from companies')).map((r) => [Number(r.id), String(r.norm_name)]));
  const mk = new Map((await rowsOf(db, 'select id, row_number() over (order by id) as seq from company_merges')).map((r) => [Number(r.id), `merge #${r.seq}`]));
  const dealsOf = (ids: unknown) => (Array.isArray(ids) ? ids.map((i) => dk.get(Number(i)) ?? `deal ${i}?`) : ids);
  /** Ids inside JSON (a merge's recorded moves, a log entry's details) by what they name. */
  const mapJson = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(mapJson);
    if (!v || typeof v !== 'object') return v;
    const out: Row = {};
    for (const [k, x] of Object.entries(v as Row)) {
      if (k === 'articleId') out.article = ak.get(Number(x)) ?? `article ${x}?`;
      else if (k === 'dealId') out.deal = dk.get(Number(x)) ?? `deal ${x}?`;
      else if (k === 'mergeId') out.merge = mk.get(Number(x)) ?? `merge ${x}?`;
      else if (k === 'subjectDeals') out.subjectDeals = dealsOf(x);
      else if (/^(into|from|company)Id$/.test(k)) out[k.replace(/Id$/, '')] = ck.get(Number(x)) ?? `company ${x}?`;
      else out[k] = mapJson(x);
    }
    return out;
  };
  const snapshot: Snapshot = {};
  for (const table of tables.sort()) {
    if (table.startsWith('__drizzle')) continue;
    const query = QUERIES[table] ?? `select * from "${table}"`;
    const rows = await rowsOf(db, `${query} order by 1`);
    const clean = rows.map((row) => {
      const out: Row = {};
      for (const [k, v] of Object.entries(row)) {
        if (k === 'id' || k.endsWith('_id') || k === 'token_hash') continue;
        if (k.endsWith('_at') && !CONTENT_TIMES.has(k)) out[k] = v === null ? 'unset' : 'set';
        else if (v && typeof v === 'object' && !(v instanceof Date)) out[k] = mapJson(v);
        else out[k] = v instanceof Date ? v.toISOString() : v;
      }
      if (table === 'curation_log') out.target = row.target_type === 'company' ? ck.get(Number(row.target_id)) : dk.get(Number(row.target_id));
      return JSON.stringify(out);
    });
    snapshot[table] = ORDERED.has(table) ? clean : clean.sort();
  }
  return snapshot;
}

/** What differs between two snapshots, table by table: rows only in `want` (missing) and only in `got` (extra). Empty when equal. */
export function snapshotDiff(want: Snapshot, got: Snapshot): Record<string, { missing: string[]; extra: string[] }> {
  const diff: Record<string, { missing: string[]; extra: string[] }> = {};
  for (const table of new Set([...Object.keys(want), ...Object.keys(got)])) {
    const a = want[table] ?? [];
    const b = got[table] ?? [];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const left = [...b];
    const missing = a.filter((r) => { const i = left.indexOf(r); if (i < 0) return true; left.splice(i, 1); return false; });
    diff[table] = { missing, extra: left };
    if (!missing.length && !left.length) diff[table] = { missing: ['(same rows, different order)'], extra: [] };
  }
  return diff;
}

/** Ids by natural key in one database: companies by norm_name, deals by the deal key the snapshot uses. */
export async function naturalIds(db: Db): Promise<{ company: Map<string, number>; deal: Map<string, number> }> {
  const company = new Map((await rowsOf(db, 'select id, norm_name from companies')).map((r) => [String(r.norm_name), Number(r.id)]));
  const deal = new Map((await rowsOf(db, `${KEYS} select id, k from dk`)).map((r) => [String(r.k), Number(r.id)]));
  return { company, deal };
}

/** Rows of a query (PGlite and pg give them the same way). */
export { rowsOf };
