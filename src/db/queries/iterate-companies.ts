import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { qualified as q } from './qualified.js';
import { companies, companyAliases, dealParties, deals, mentions } from '../schema.js';

export interface CompanyRow {
  company_id: number; name: string; aliases: string[]; mentions: number; articles: number; deals: number;
  total_raised_usd: number; confidence: number;
}

/** Every active company with its counts, in id order, a page at a time. */
export async function* iterateCompanies(db: Db, pageSize = 1000): AsyncGenerator<CompanyRow[]> {
  let after = 0;
  for (;;) {
    const rows = await db.select({
      company_id: companies.id, name: companies.name, confidence: companies.confidence,
      aliases: sql<string[]>`coalesce((select array_agg(${companyAliases.alias} order by ${companyAliases.alias}) from ${companyAliases} where ${q(companyAliases.companyId)} = ${q(companies.id)}), '{}')`,
      mentions: sql<number>`coalesce((select sum(${mentions.count}) from ${mentions} where ${q(mentions.companyId)} = ${q(companies.id)}), 0)`.mapWith(Number),
      articles: sql<number>`(select count(*) from ${mentions} where ${q(mentions.companyId)} = ${q(companies.id)})`.mapWith(Number),
      deals: sql<number>`(select count(*) from ${deals} where (${q(deals.subjectId)} = ${q(companies.id)} or exists (select 1 from ${dealParties}
        where ${q(dealParties.dealId)} = ${q(deals.id)} and ${q(dealParties.companyId)} = ${q(companies.id)})) and ${q(deals.review)} is distinct from 'rejected')`.mapWith(Number),
      total_raised_usd: sql<number>`coalesce((select sum(${q(deals.amountUsd)}) from ${deals} where ${q(deals.subjectId)} = ${q(companies.id)}
        and ${q(deals.type)} = 'funding' and ${q(deals.review)} is distinct from 'rejected'), 0)`.mapWith(Number),
    }).from(companies)
      .where(and(gt(companies.id, after), isNull(companies.mergedIntoId), eq(companies.markedWrong, false)))
      .orderBy(asc(companies.id)).limit(pageSize);
    if (!rows.length) return;
    yield rows.map((r) => ({ ...r, aliases: parseArray(r.aliases) }));
    after = rows[rows.length - 1]!.company_id;
  }
}

/** pg returns text[] parsed; a raw array literal ("{a,b}") is parsed here for drivers that do not. */
function parseArray(v: string[] | string): string[] {
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((s) => s.replace(/^"|"$/g, '').replace(/\\"/g, '"'));
}
