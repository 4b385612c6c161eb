import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../database.js';
import { articles, companies, feeds, mentions } from '../schema.js';
import { companyIdsFor } from './company-ids-for.js';
import { isoDay } from './deal-filters.js';


export const articleFiltersSchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  company: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  feed: z.coerce.number({ error: 'must be a feed id' }).int('must be a feed id').positive('must be a feed id').max(2_147_483_647, 'must be a feed id').optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
export type ArticleFilters = z.infer<typeof articleFiltersSchema>;

export interface ArticleHit {
  id: number; title: string; url: string | null; author: string | null; publishedAt: string | null;
  feed: { id: number; title: string | null } | null; companies: { id: number; name: string; count: number }[];
}

const seen = sql`coalesce(${articles.publishedAt}, ${articles.fetchedAt})`;

/** Articles matching text, company, feed and dates, newest first; `before` is the [date, id] of the last row of the previous page. */
export async function searchArticles(db: Db, f: ArticleFilters, limit: number, before: [string, number] | null): Promise<{ items: ArticleHit[]; next: [string, number] | null }> {
  let companyIds: number[] | null = null;
  if (f.company) {
    companyIds = await companyIdsFor(db, f.company);
    if (!companyIds.length) return { items: [], next: null };
  }
  const rows = await db.select({
    id: articles.id, title: articles.title, url: articles.url, author: articles.author, publishedAt: articles.publishedAt,
    seenAt: sql<string>`to_char(${seen} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, feedId: feeds.id, feedTitle: feeds.title,
  }).from(articles).leftJoin(feeds, eq(feeds.id, articles.feedId)).where(and(
    f.q ? sql`${articles.searchVector} @@ websearch_to_tsquery('english', ${f.q})` : undefined,
    companyIds ? sql`exists (select 1 from ${mentions} where ${mentions.articleId} = ${articles.id} and ${inArray(mentions.companyId, companyIds)})` : undefined,
    f.feed ? eq(articles.feedId, f.feed) : undefined,
    f.from ? sql`${seen} >= ${f.from}::date` : undefined,
    f.to ? sql`${seen} < ${f.to}::date + 1` : undefined,
    before ? sql`(${seen}, ${articles.id}) < (${before[0]}::timestamp at time zone 'UTC', ${before[1]})` : undefined,
  )).orderBy(desc(seen), desc(articles.id)).limit(limit + 1);
  const page = rows.slice(0, limit);
  const named = page.length ? await db.select({ articleId: mentions.articleId, id: companies.id, name: companies.name, count: mentions.count })
    .from(mentions).innerJoin(companies, and(eq(companies.id, mentions.companyId), eq(companies.markedWrong, false)))
    .where(inArray(mentions.articleId, page.map((r) => r.id))).orderBy(desc(mentions.count)) : [];
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id, title: r.title, url: r.url, author: r.author, publishedAt: r.publishedAt?.toISOString() ?? null,
      feed: r.feedId === null ? null : { id: r.feedId, title: r.feedTitle },
      companies: named.filter((m) => m.articleId === r.id).map(({ articleId: _a, ...c }) => c),
    })),
    next: rows.length > limit && last ? [last.seenAt, last.id] : null,
  };
}
