import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database.js';
import { articles, companies, dealParties, deals, dealSources } from '../schema.js';

export interface DealView {
  id: number;
  type: string;
  subject: { id: number | null; name: string | null } | null;
  amount: { value: number; currency: string; usd: number | null; usdConverted: boolean } | null;
  round: string | null;
  status: string;
  announcedOn: string | null;
  confidence: number;
  /** A curator's verdict: 'accepted', 'rejected' (hidden from search), or null. */
  review: string | null;
  parties: { companyId: number; name: string; role: string }[];
  sources: { articleId: number; title: string; url: string | null; publishedAt: string | null; evidence: string;
    evidenceStart: number; evidenceEnd: number; salience: string; amountValue: number | null; amountCurrency: string | null; round: string | null }[];
}

/** Deals by id, in the order given, each with its parties and sources. */
export async function loadDeals(db: Db, ids: number[]): Promise<DealView[]> {
  if (!ids.length) return [];
  const [rows, parties, sources] = await Promise.all([
    db.select({ d: deals, subjectCanonical: companies.name }).from(deals)
      .leftJoin(companies, eq(companies.id, deals.subjectId)).where(inArray(deals.id, ids)),
    db.select({ dealId: dealParties.dealId, companyId: dealParties.companyId, name: companies.name, role: dealParties.role })
      .from(dealParties).innerJoin(companies, and(eq(companies.id, dealParties.companyId), eq(companies.markedWrong, false)))
      .where(inArray(dealParties.dealId, ids)).orderBy(asc(dealParties.role), asc(companies.name)),
    db.select({
      dealId: dealSources.dealId, articleId: dealSources.articleId, title: articles.title, url: articles.url, publishedAt: articles.publishedAt,
      evidence: dealSources.evidence, evidenceStart: dealSources.evidenceStart, evidenceEnd: dealSources.evidenceEnd, salience: dealSources.salience,
      amountValue: dealSources.amountValue, amountCurrency: dealSources.amountCurrency, round: dealSources.round,
    }).from(dealSources).innerJoin(articles, eq(articles.id, dealSources.articleId))
      .where(inArray(dealSources.dealId, ids)).orderBy(asc(articles.publishedAt), asc(articles.id)),
  ]);
  const byId = new Map(rows.map((r) => [r.d.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const d = row.d;
    return [{
      id: d.id, type: d.type,
      subject: d.subjectId !== null || d.subjectName ? { id: d.subjectId, name: row.subjectCanonical ?? d.subjectName } : null,
      amount: d.amountValue !== null && d.amountCurrency
        ? { value: Number(d.amountValue), currency: d.amountCurrency, usd: d.amountUsd, usdConverted: d.usdConverted } : null,
      round: d.round, status: d.status, announcedOn: d.announcedOn, confidence: d.confidence, review: d.review,
      parties: parties.filter((p) => p.dealId === id).map(({ dealId: _d, ...p }) => p),
      sources: sources.filter((s) => s.dealId === id).map(({ dealId: _d, publishedAt, amountValue, ...s }) => ({
        ...s, publishedAt: publishedAt ? publishedAt.toISOString() : null, amountValue: amountValue === null ? null : Number(amountValue),
      })),
    }];
  });
}
