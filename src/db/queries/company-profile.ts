import { and, asc, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { articles, companies, companyAliases, deals, mentions } from '../schema.js';
import { dealsInvolving } from './deals-involving.js';
import { companyName } from './company-name.js';
import { companyRelations, type RelatedCompany } from './company-relations.js';
import { loadDeals, type DealView } from './load-deals.js';

export interface CompanyProfile {
  id: number;
  name: string;
  confidence: number;
  aliases: string[];
  mentions: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  dealsByRole: Record<string, number>;
  totalRaisedUsd: number;
  investors: RelatedCompany[];
  portfolio: RelatedCompany[];
  coMentioned: RelatedCompany[];
  /** Set when a curator merged this company away: where its rows went. */
  mergedIntoId: number | null;
  mergedInto: { id: number; name: string } | null;
  markedWrong: boolean;
  deals: DealView[];
}

/** A company with its aliases, mention counts and every deal it takes part in; null if there is none with that id. */
export async function companyProfile(db: Db, id: number): Promise<CompanyProfile | null> {
  const [company] = await db.select().from(companies).where(eq(companies.id, id));
  if (!company) return null;
  const seen = sql`coalesce(${articles.publishedAt}, ${articles.fetchedAt})`;
  const [aliases, [counts], dealRows] = await Promise.all([
    db.select({ alias: companyAliases.alias }).from(companyAliases).where(eq(companyAliases.companyId, id)).orderBy(asc(companyAliases.alias)),
    db.select({
      mentions: sql<number>`coalesce(sum(${mentions.count}), 0)`.mapWith(Number),
      articles: sql<number>`count(*)`.mapWith(Number),
      first: sql<string | null>`to_char(min(${seen}) at time zone 'UTC', 'YYYY-MM-DD')`,
      last: sql<string | null>`to_char(max(${seen}) at time zone 'UTC', 'YYYY-MM-DD')`,
    }).from(mentions).innerJoin(articles, eq(articles.id, mentions.articleId)).where(eq(mentions.companyId, id)),
    db.select({ id: deals.id }).from(deals)
      .where(and(or(isNull(deals.review), ne(deals.review, 'rejected')), dealsInvolving([id], { subject: true })))
      .orderBy(desc(deals.announcedOn), desc(deals.id)),
  ]);
  const dealsByRole: Record<string, number> = {};
  const [views, relations] = await Promise.all([loadDeals(db, dealRows.map((r) => r.id)), companyRelations(db, id)]);
  for (const d of views) {
    const role = d.subject?.id === id ? 'subject' : d.parties.find((p) => p.companyId === id)?.role ?? 'party';
    dealsByRole[role] = (dealsByRole[role] ?? 0) + 1;
  }
  return {
    id, name: company.name, confidence: company.confidence, aliases: aliases.map((a) => a.alias),
    mentions: counts?.mentions ?? 0, articles: counts?.articles ?? 0, firstSeen: counts?.first ?? null, lastSeen: counts?.last ?? null,
    dealsByRole, ...relations, mergedIntoId: company.mergedIntoId,
    mergedInto: company.mergedIntoId === null ? null : { id: company.mergedIntoId, name: (await companyName(db, company.mergedIntoId)) ?? '' },
    markedWrong: company.markedWrong, deals: views,
  };
}
