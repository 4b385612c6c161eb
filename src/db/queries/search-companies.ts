import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { qualified as q } from './qualified.js';
import { companies, companyAliases, mentions } from '../schema.js';

export interface CompanyHit { id: number; name: string; mentions: number; articles: number; score: number }

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Active companies (not merged away, not marked wrong) matching `q` by name or alias: a prefix or substring match,
 * or a trigram-similar spelling; best match first, then most mentioned. All companies, most mentioned first, when q is empty.
 */
export async function searchCompanies(db: Db, text: string, limit: number): Promise<CompanyHit[]> {
  const mentionCount = sql<number>`coalesce((select sum(${mentions.count}) from ${mentions} where ${q(mentions.companyId)} = ${q(companies.id)}), 0)`.mapWith(Number);
  const articleCount = sql<number>`(select count(*) from ${mentions} where ${q(mentions.companyId)} = ${q(companies.id)})`.mapWith(Number);
  const active = and(isNull(companies.mergedIntoId), eq(companies.markedWrong, false));
  if (!text) {
    return db.select({ id: companies.id, name: companies.name, mentions: mentionCount, articles: articleCount, score: sql<number>`1`.mapWith(Number) })
      .from(companies).where(active).orderBy(desc(mentionCount), companies.name).limit(limit);
  }
  const lower = text.toLowerCase();
  const prefix = `${escapeLike(lower)}%`;
  const inside = `%${escapeLike(lower)}%`;
  // Best score over the name and every alias: 1 for a prefix, 0.8 for a substring, else trigram similarity.
  const score = sql<number>`(select max(case when lower(n) like ${prefix} then 1.0 when lower(n) like ${inside} then 0.8 else similarity(n, ${text}) end)
    from (select ${q(companies.name)} as n union all select ${q(companyAliases.alias)} from ${companyAliases} where ${q(companyAliases.companyId)} = ${q(companies.id)}) names)`.mapWith(Number);
  // Ids matching by name or by alias: two uncorrelated selects, each served by its trigram index.
  const matches = sql`${q(companies.id)} = any(array(select ${q(companies.id)} from ${companies} where ${q(companies.name)} ilike ${inside} or ${q(companies.name)} % ${text}
    union select ${q(companyAliases.companyId)} from ${companyAliases} where ${q(companyAliases.alias)} ilike ${inside} or ${q(companyAliases.alias)} % ${text}))`;
  return db.select({ id: companies.id, name: companies.name, mentions: mentionCount, articles: articleCount, score })
    .from(companies).where(and(active, matches)).orderBy(desc(score), desc(mentionCount), companies.name).limit(limit);
}
