import { and, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../database.js';
import { companies, dealParties, deals, mentions } from '../schema.js';

export interface RelatedCompany { id: number; name: string; count: number }

const INVESTOR_ROLES = ['investor', 'lead_investor'];
const notRejected = or(isNull(deals.review), ne(deals.review, 'rejected'));

/** Who invested in a company, whom it invested in, who it is most often mentioned with, and what it raised. */
export async function companyRelations(db: Db, id: number, limit = 10): Promise<{
  investors: RelatedCompany[]; portfolio: RelatedCompany[]; coMentioned: RelatedCompany[]; totalRaisedUsd: number;
}> {
  const n = sql<number>`count(distinct ${deals.id})`.mapWith(Number);
  const other = alias(mentions, 'other');
  const shared = sql<number>`count(*)`.mapWith(Number);
  const [investors, portfolio, coMentioned, [raised]] = await Promise.all([
    db.select({ id: companies.id, name: companies.name, count: n }).from(deals)
      .innerJoin(dealParties, eq(dealParties.dealId, deals.id)).innerJoin(companies, eq(companies.id, dealParties.companyId))
      .where(and(eq(deals.subjectId, id), eq(deals.type, 'funding'), inArray(dealParties.role, INVESTOR_ROLES), notRejected))
      .groupBy(companies.id).orderBy(desc(n), companies.name).limit(limit),
    db.select({ id: companies.id, name: companies.name, count: n }).from(dealParties)
      .innerJoin(deals, eq(deals.id, dealParties.dealId)).innerJoin(companies, eq(companies.id, deals.subjectId))
      .where(and(eq(dealParties.companyId, id), inArray(dealParties.role, INVESTOR_ROLES), notRejected))
      .groupBy(companies.id).orderBy(desc(n), companies.name).limit(limit),
    db.select({ id: companies.id, name: companies.name, count: shared }).from(mentions)
      .innerJoin(other, and(eq(other.articleId, mentions.articleId), ne(other.companyId, id)))
      .innerJoin(companies, eq(companies.id, other.companyId))
      .where(and(eq(mentions.companyId, id), isNull(companies.mergedIntoId), eq(companies.markedWrong, false)))
      .groupBy(companies.id).orderBy(desc(shared), companies.name).limit(limit),
    db.select({ usd: sql<number>`coalesce(sum(${deals.amountUsd}), 0)`.mapWith(Number) }).from(deals)
      .where(and(eq(deals.subjectId, id), eq(deals.type, 'funding'), notRejected)),
  ]);
  return { investors, portfolio, coMentioned, totalRaisedUsd: raised?.usd ?? 0 };
}
