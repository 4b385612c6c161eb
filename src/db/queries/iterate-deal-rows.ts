import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { articles, companies, dealParties, deals, dealSources } from '../schema.js';
import { dealConditions } from './deal-conditions.js';
import type { DealFilters } from './deal-filters.js';
import { qualified as q } from './qualified.js';

/** One deal as a flat row: what CSV and JSON Lines exports write. */
export interface DealRow {
  deal_id: number; type: string; subject: string | null; round: string | null;
  amount_value: number | null; amount_currency: string | null; amount_usd: number | null; usd_converted: boolean | null;
  status: string; announced_on: string | null;
  lead_investors: string[]; investors: string[]; acquirers: string[]; partners: string[]; members: string[];
  confidence: number; source_count: number; source_titles: string[]; source_urls: string[]; evidence: string | null;
}

interface PageRow {
  id: number; type: string; subjectId: number | null; subjectName: string | null; subject: string | null; round: string | null;
  amountValue: string | null; amountCurrency: string | null; amountUsd: number | null; usdConverted: boolean; status: string;
  day: string | null; confidence: number; parties: unknown; sources: unknown;
}

const ROLE_COLUMNS = { lead_investor: 'lead_investors', investor: 'investors', acquirer: 'acquirers', partner: 'partners', member: 'members' } as const;
const amountKey = sql`coalesce(${q(deals.amountUsd)}, -1)`;
/** json columns come parsed from pg, as text from some drivers. */
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) as T : v as T);

/**
 * Every deal matching the filters as flat rows, in search order, `pageSize` at a time: each page is one statement
 * (parties and sources aggregated in the database) that starts from the previous page's last key through the sort's index,
 * so a page late in the export costs what the first one does and memory holds one page. The export reads deals this way
 * on PGlite; on a Postgres server it streams dealLinesQuery instead (src/export/export-deals.ts), which writes the same bytes.
 */
export async function* iterateDealRows(db: Db, filters: DealFilters, pageSize = 2000): AsyncGenerator<DealRow[]> {
  const where = await dealConditions(db, filters);
  if (where === 'none') return;
  const byAmount = filters.sort === 'amount';
  const parties = sql<[string, string][] | null>`(select json_agg(json_build_array(${q(dealParties.role)}, ${q(companies.name)}) order by ${q(dealParties.role)}, ${q(companies.name)})
    from ${dealParties} join ${companies} on ${q(companies.id)} = ${q(dealParties.companyId)} and not ${q(companies.markedWrong)}
    where ${q(dealParties.dealId)} = ${q(deals.id)})`;
  const sources = sql<[string, string | null, string][] | null>`(select json_agg(json_build_array(${q(articles.title)}, ${q(articles.url)}, ${q(dealSources.evidence)})
    order by ${q(articles.publishedAt)}, ${q(articles.id)})
    from ${dealSources} join ${articles} on ${q(articles.id)} = ${q(dealSources.articleId)} where ${q(dealSources.dealId)} = ${q(deals.id)})`;
  const subject = sql<string | null>`(select ${q(companies.name)} from ${companies} where ${q(companies.id)} = ${q(deals.subjectId)})`;
  let after: { key: string | number | null; id: number } | null = null;
  // By date, deals without one come first (as in search), paged by id; then the dated ones by (day, id).
  let phase: 'amount' | 'undated' | 'dated' = byAmount ? 'amount' : 'undated';
  for (;;) {
    const cursor: SQL | null = phase === 'amount'
      ? after && sql`(${amountKey}, ${q(deals.id)}) < (${after.key}::float8, ${after.id})`
      : phase === 'undated'
        ? sql`${q(deals.announcedOn)} is null${after ? sql` and ${q(deals.id)} < ${after.id}` : sql``}`
        : after ? sql`(${q(deals.announcedOn)}, ${q(deals.id)}) < (${after.key}::date, ${after.id})` : sql`${q(deals.announcedOn)} is not null`;
    const rows: (PageRow & { amount: number })[] = await db.select({
      id: deals.id, type: deals.type, subjectId: deals.subjectId, subjectName: deals.subjectName, subject, round: deals.round,
      amountValue: sql<string | null>`${q(deals.amountValue)}::text`, amountCurrency: deals.amountCurrency, amountUsd: deals.amountUsd,
      usdConverted: deals.usdConverted, status: deals.status, day: sql<string | null>`${q(deals.announcedOn)}::text`,
      amount: sql<number>`${amountKey}::float8`.mapWith(Number), confidence: deals.confidence, parties, sources,
    }).from(deals).where(and(where, cursor ?? undefined))
      .orderBy(...(byAmount ? [desc(amountKey), desc(deals.id)] : [desc(deals.announcedOn), desc(deals.id)]))
      .limit(pageSize);
    if (rows.length) yield rows.map(toRow);
    if (rows.length < pageSize) {
      if (phase !== 'undated') return;
      phase = 'dated';
      after = null;
      continue;
    }
    const last: PageRow & { amount: number } = rows[rows.length - 1]!;
    after = { key: phase === 'amount' ? last.amount : last.day, id: last.id };
  }
}


function toRow(r: PageRow): DealRow {
  const hasAmount = r.amountValue !== null && Boolean(r.amountCurrency);
  const row: DealRow = {
    deal_id: r.id, type: r.type, subject: r.subjectId !== null || r.subjectName ? r.subject ?? r.subjectName : null, round: r.round,
    amount_value: hasAmount ? Number(r.amountValue) : null, amount_currency: hasAmount ? r.amountCurrency : null,
    amount_usd: hasAmount ? r.amountUsd : null, usd_converted: hasAmount ? r.usdConverted : null, status: r.status, announced_on: r.day,
    lead_investors: [], investors: [], acquirers: [], partners: [], members: [], confidence: Number(r.confidence.toFixed(3)),
    source_count: 0, source_titles: [], source_urls: [], evidence: null,
  };
  for (const [role, name] of json<[string, string][] | null>(r.parties) ?? []) {
    const column = ROLE_COLUMNS[role as keyof typeof ROLE_COLUMNS];
    if (column) row[column].push(name);
  }
  const src = json<[string, string | null, string][] | null>(r.sources) ?? [];
  row.source_count = src.length;
  row.source_titles = src.map((s) => s[0]);
  row.source_urls = src.flatMap((s) => (s[1] ? [s[1]] : []));
  row.evidence = src[0]?.[2] ?? null;
  return row;
}
