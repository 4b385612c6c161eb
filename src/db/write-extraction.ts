import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Extraction } from '../extract/types.js';
import type { Db } from './database.js';
import { dealCompanyIds } from './deal-company-ids.js';
import { dealIdentity } from './deal-identity.js';
import { dealNameGroups } from './deal-name-groups.js';
import { lockKeys } from './lock-keys.js';
import { qualified } from './queries/qualified.js';
import { resolveCompanies } from './resolve-companies.js';
import { articles, deals, dealSources, mentions } from './schema.js';
import { storeDeal } from './store-deal.js';

export interface ExtractedArticle { articleId: number; hash: string; publishedAt: Date | null }

/**
 * Writes what was extracted from a stored article inside the caller's transaction, replacing the article's own
 * earlier output: its mentions and deal sources go, and a deal no other article reports goes with them. Every company
 * name is resolved in one batch, mentions go in one insert, the deals' identities are locked at once; the row then
 * records which text was extracted (extracted_hash) and counts the run.
 */
export async function writeExtraction(tx: Db, target: ExtractedArticle, extraction: Extraction): Promise<void> {
  const { articleId } = target;
  await tx.delete(mentions).where(eq(mentions.articleId, articleId));
  const dropped = await tx.delete(dealSources).where(eq(dealSources.articleId, articleId)).returning({ dealId: dealSources.dealId });
  if (dropped.length) {
    await tx.delete(deals).where(and(inArray(deals.id, [...new Set(dropped.map((d) => d.dealId))]),
      sql`not exists (select 1 from ${dealSources} where ${qualified(dealSources.dealId)} = ${qualified(deals.id)})`));
  }

  const dealGroups = extraction.deals.map(dealNameGroups);
  const groups = [...extraction.companies.map((c) => ({ aliases: [c.name, ...c.aliases], confidence: c.confidence })), ...dealGroups.flat()];
  const ids = await resolveCompanies(tx, groups);

  const counts = new Map<number, { count: number; confidence: number }>();
  extraction.companies.forEach((c, i) => {
    const id = ids[i];
    if (id === null || id === undefined) return;
    const prev = counts.get(id);
    counts.set(id, { count: (prev?.count ?? 0) + c.mentions, confidence: Math.max(prev?.confidence ?? 0, c.confidence) });
  });
  if (counts.size) await tx.insert(mentions).values([...counts].map(([companyId, v]) => ({ articleId, companyId, ...v })));

  const names = new Map<string, number | null>();
  dealGroups.flat().forEach((g, i) => names.set(g.aliases[0]!, ids[extraction.companies.length + i] ?? null));
  await lockKeys(tx, 'deal-identity', extraction.deals.map((d) => {
    const { subjectId, partyIds } = dealCompanyIds(d, names);
    return dealIdentity(d, subjectId, partyIds);
  }));
  const day = (target.publishedAt ?? new Date()).toISOString().slice(0, 10);
  for (const deal of extraction.deals) await storeDeal(tx, articleId, day, deal, { ids: names, identityLocked: true });
  await tx.update(articles).set({ extractedAt: new Date(), extractedHash: target.hash, extractRuns: sql`${articles.extractRuns} + 1` })
    .where(eq(articles.id, articleId));
}
