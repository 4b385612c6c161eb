import { sql, type SQL } from 'drizzle-orm';
import { articles, companies, dealParties, deals, dealSources } from '../schema.js';
import { qualified as q } from './qualified.js';

/** The names of dealColumnsQuery's columns, in DEAL_EXPORT_HEADER's order. */
export const DEAL_COLUMNS = ['id', 'type', 'subject', 'round', 'amount_value', 'amount_currency', 'amount_usd', 'usd_converted', 'status',
  'announced_on', 'lead_investor', 'investor', 'acquirer', 'partner', 'member', 'confidence', 'source_count', 'titles', 'urls', 'evidence'];

/**
 * The deal export's columns as one set-based statement, one row per deal, unordered, with the sort's key in
 * `sort_key` and `sort_id`:
 * parties (joined to companies, marked-wrong ones left out) and sources (joined to articles) are each sorted once and
 * grouped by deal, then joined to the matching deals. The columns are those of
 * the export (DealRow) in its order, as the database's text — numbers included, so that the caller reads them as the
 * driver would — and text[] for the lists (parties by role, then name; sources by publication date, then article id).
 * `where` is dealConditions' WHERE. With `narrow` (filters beyond the default), the grouped parties and sources are
 * limited to the deals it matches, so that a narrow filter reads only theirs; without, every deal's are grouped (the
 * few rejected deals' too: cheaper than testing each party and source against the deals).
 */
export function dealColumnsQuery(where: SQL | undefined, sort: 'date' | 'amount', opts: { narrow: boolean }): SQL {
  const onlyMatching = (dealId: SQL) => (opts.narrow && where ? sql`where ${dealId} in (select ${q(deals.id)} from ${deals} where ${where})` : sql``);
  const roles = ['lead_investor', 'investor', 'acquirer', 'partner', 'member'];
  // The grouped selects read their rows already sorted (by deal, then role and name / publication date and article id),
  // so each aggregate takes them in that order without a sort of its own per deal.
  const parties = sql`select deal_id, ${sql.raw(roles.map((r) => `array_agg(name) filter (where role = '${r}') as ${r}`).join(', '))}
    from (select ${q(dealParties.dealId)} as deal_id, ${q(dealParties.role)} as role, ${q(companies.name)} as name
      from ${dealParties} join ${companies} on ${q(companies.id)} = ${q(dealParties.companyId)} and not ${q(companies.markedWrong)}
      ${onlyMatching(q(dealParties.dealId))}
      order by ${q(dealParties.dealId)}, ${q(dealParties.role)}, ${q(companies.name)}) as p
    group by deal_id`;
  const sources = sql`select deal_id, count(*) as n, array_agg(title) as titles, array_agg(url) filter (where url <> '') as urls,
      (array_agg(evidence))[1] as evidence
    from (select ${q(dealSources.dealId)} as deal_id, ${q(articles.title)} as title, ${q(articles.url)} as url, ${q(dealSources.evidence)} as evidence
      from ${dealSources} join ${articles} on ${q(articles.id)} = ${q(dealSources.articleId)}
      ${onlyMatching(q(dealSources.dealId))}
      order by ${q(dealSources.dealId)}, ${q(articles.publishedAt)}, ${q(articles.id)}) as s
    group by deal_id`;
  const has = sql.raw(`(d.amount_value is not null and d.amount_currency <> '')`);
  // The subject is the subject company's name (marked wrong or not), else the name as written, as the row export reads it.
  const key = sql.raw(sort === 'amount' ? 'coalesce(d.amount_usd, -1)' : 'd.announced_on');
  return sql`select d.id::text as id, d.type, d.subject, d.round, case when ${has} then d.amount_value::text end as amount_value,
  case when ${has} then d.amount_currency end as amount_currency, case when ${has} then d.amount_usd::text end as amount_usd,
  case when ${has} then d.usd_converted::text end as usd_converted, d.status, d.announced_on::text as announced_on,
  ${sql.raw(roles.map((r) => `p.${r}`).join(', '))}, d.confidence::text as confidence, coalesce(s.n, 0)::text as source_count,
  s.titles, s.urls, s.evidence, ${key} as sort_key, d.id as sort_id
from (select ${q(deals.id)} as id, ${q(deals.type)} as type,
    case when ${q(deals.subjectId)} is not null then coalesce(${q(companies.name)}, ${q(deals.subjectName)}) else nullif(${q(deals.subjectName)}, '') end as subject,
    ${q(deals.round)} as round, ${q(deals.amountValue)} as amount_value, ${q(deals.amountCurrency)} as amount_currency, ${q(deals.amountUsd)} as amount_usd,
    ${q(deals.usdConverted)} as usd_converted, ${q(deals.status)} as status, ${q(deals.announcedOn)} as announced_on, ${q(deals.confidence)} as confidence
  from ${deals} left join ${companies} on ${q(companies.id)} = ${q(deals.subjectId)}${where ? sql` where ${where}` : sql``}) as d
left join (${parties}) as p on p.deal_id = d.id
left join (${sources}) as s on s.deal_id = d.id`;
}
