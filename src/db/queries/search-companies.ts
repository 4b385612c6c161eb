import { asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies, companyAliases, mentions } from '../schema.js';

export interface CompanyHit { id: number; name: string; mentions: number; articles: number }

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Companies whose name or an alias contains `q`, most mentioned first; all companies when q is empty. */
export async function searchCompanies(db: Db, q: string, limit: number): Promise<CompanyHit[]> {
  const mentionCount = sql<number>`coalesce(sum(${mentions.count}), 0)`.mapWith(Number);
  const articleCount = sql<number>`count(distinct ${mentions.articleId})`.mapWith(Number);
  const pattern = `%${escapeLike(q)}%`;
  const match = q
    ? or(ilike(companies.name, pattern),
      sql`exists (select 1 from ${companyAliases} where ${companyAliases.companyId} = ${companies.id} and ${ilike(companyAliases.alias, pattern)})`)
    : undefined;
  return db.select({ id: companies.id, name: companies.name, mentions: mentionCount, articles: articleCount })
    .from(companies).leftJoin(mentions, eq(mentions.companyId, companies.id))
    .where(match).groupBy(companies.id)
    .orderBy(desc(mentionCount), asc(companies.name)).limit(limit);
}
