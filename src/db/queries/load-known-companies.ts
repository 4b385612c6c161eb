import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import { knownKey } from '../../extract/companies/known-key.js';
import type { KnownCompanies, KnownCompany } from '../../extract/types.js';
import type { Db } from '../database.js';
import { companies, companyAliases, mentions } from '../schema.js';

/** Below this many mentions in all, or this confidence, a stored company is not yet vouched for. */
const MIN_MENTIONS = 2;
const MIN_CONFIDENCE = 0.6;

/**
 * The companies earlier articles established, for extraction (see KnownCompanies): every name and alias of a company
 * mentioned at least twice with enough confidence, keyed by knownKey, mapped to its name and an evidence weight that
 * grows with the number of articles naming it. Companies a curator marked wrong or merged into another are left out
 * (a merge moves the aliases to the company kept, so they resolve to it).
 */
export async function loadKnownCompanies(db: Db): Promise<KnownCompanies> {
  const rows = await db.select({
    id: companies.id, name: companies.name,
    articles: sql<number>`count(*)`.mapWith(Number),
    mentions: sql<number>`sum(${mentions.count})`.mapWith(Number),
  }).from(companies).innerJoin(mentions, eq(mentions.companyId, companies.id))
    .where(and(isNull(companies.mergedIntoId), eq(companies.markedWrong, false), gte(companies.confidence, MIN_CONFIDENCE)))
    .groupBy(companies.id, companies.name)
    .having(sql`sum(${mentions.count}) >= ${MIN_MENTIONS}`);
  const byId = new Map<number, KnownCompany>();
  for (const r of rows) byId.set(r.id, { name: r.name, weight: Math.min(5, 2 + Math.log2(1 + r.articles)) });
  const known = new Map<string, KnownCompany>();
  for (const [, c] of byId) known.set(knownKey(c.name), c);
  if (byId.size === 0) return known;
  const aliases = await db.select({ alias: companyAliases.alias, companyId: companyAliases.companyId }).from(companyAliases)
    .innerJoin(companies, eq(companies.id, companyAliases.companyId))
    .where(and(isNull(companies.mergedIntoId), eq(companies.markedWrong, false)));
  for (const a of aliases) {
    const c = byId.get(a.companyId);
    const key = knownKey(a.alias);
    // a name two companies share stays with the better attested one
    if (c && key && (known.get(key)?.weight ?? 0) < c.weight) known.set(key, c);
  }
  return known;
}
