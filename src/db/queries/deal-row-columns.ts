import { sql } from 'drizzle-orm';
import { articles, companies, dealParties, deals, dealSources } from '../schema.js';
import { qualified as q } from './qualified.js';

/** One deal as a flat row: what CSV and JSON Lines exports write. */
export interface DealRow {
  deal_id: number; type: string; subject: string | null; round: string | null;
  amount_value: number | null; amount_currency: string | null; amount_usd: number | null; usd_converted: boolean | null;
  status: string; announced_on: string | null;
  lead_investors: string[]; investors: string[]; acquirers: string[]; partners: string[]; members: string[];
  confidence: number; source_count: number; source_titles: string[]; source_urls: string[]; evidence: string | null;
}

/** A row selected with dealRowColumns. */
export interface PageRow {
  id: number; type: string; subjectId: number | null; subjectName: string | null; subject: string | null; round: string | null;
  amountValue: string | null; amountCurrency: string | null; amountUsd: number | null; usdConverted: boolean; status: string;
  day: string | null; confidence: number; parties: unknown; sources: unknown;
}

const ROLE_COLUMNS = { lead_investor: 'lead_investors', investor: 'investors', acquirer: 'acquirers', partner: 'partners', member: 'members' } as const;
/** json columns come parsed from pg, as text from some drivers. */
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) as T : v as T);

const parties = sql<[string, string][] | null>`(select json_agg(json_build_array(${q(dealParties.role)}, ${q(companies.name)}) order by ${q(dealParties.role)}, ${q(companies.name)})
  from ${dealParties} join ${companies} on ${q(companies.id)} = ${q(dealParties.companyId)} and not ${q(companies.markedWrong)}
  where ${q(dealParties.dealId)} = ${q(deals.id)})`;
const sources = sql<[string, string | null, string][] | null>`(select json_agg(json_build_array(${q(articles.title)}, ${q(articles.url)}, ${q(dealSources.evidence)})
  order by ${q(articles.publishedAt)}, ${q(articles.id)})
  from ${dealSources} join ${articles} on ${q(articles.id)} = ${q(dealSources.articleId)} where ${q(dealSources.dealId)} = ${q(deals.id)})`;
const subject = sql<string | null>`(select ${q(companies.name)} from ${companies} where ${q(companies.id)} = ${q(deals.subjectId)})`;

/** The columns of `deals` (plus its parties and sources aggregated per deal) that toDealRow reads, for a select from deals. */
export const dealRowColumns = {
  id: deals.id, type: deals.type, subjectId: deals.subjectId, subjectName: deals.subjectName, subject, round: deals.round,
  amountValue: sql<string | null>`${q(deals.amountValue)}::text`, amountCurrency: deals.amountCurrency, amountUsd: deals.amountUsd,
  usdConverted: deals.usdConverted, status: deals.status, day: sql<string | null>`${q(deals.announcedOn)}::text`,
  confidence: deals.confidence, parties, sources,
};

/** A selected row as the export writes it. */
export function toDealRow(r: PageRow): DealRow {
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
