import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { knownKey } from '../../extract/companies/known-key.js';
import type { KnownCompanies, KnownCompany } from '../../extract/types.js';
import type { Db } from '../database.js';
import { companies, companyAliases } from '../schema.js';

/**
 * The companies earlier articles established, for extraction (see KnownCompanies), as of the last snapshot
 * (refresh-known-companies.ts): every name and alias of a known company, keyed by knownKey, mapped to its name and
 * evidence weight. Companies a curator marked wrong or merged into another since the snapshot are left out too
 * (a merge moves the aliases to the company kept, so they resolve to it).
 */
export async function loadKnownCompanies(db: Db): Promise<KnownCompanies> {
  const live = and(isNotNull(companies.knownWeight), isNull(companies.mergedIntoId), eq(companies.markedWrong, false));
  const rows = await db.select({ id: companies.id, name: companies.name, weight: companies.knownWeight })
    .from(companies).where(live).orderBy(companies.id);
  const byId = new Map<number, KnownCompany>();
  for (const r of rows) byId.set(r.id, { name: r.name, weight: r.weight! });
  const known = new Map<string, KnownCompany>();
  for (const [, c] of byId) known.set(knownKey(c.name), c);
  if (byId.size === 0) return known;
  const aliases = await db.select({ alias: companyAliases.alias, companyId: companyAliases.companyId }).from(companyAliases)
    .innerJoin(companies, eq(companies.id, companyAliases.companyId)).where(live).orderBy(companyAliases.normAlias);
  for (const a of aliases) {
    const c = byId.get(a.companyId);
    const key = knownKey(a.alias);
    // a name two companies share stays with the better attested one
    if (c && key && (known.get(key)?.weight ?? 0) < c.weight) known.set(key, c);
  }
  return known;
}
