import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './database.js';
import { normName } from './norm-name.js';
import { companies, companyAliases } from './schema.js';

/**
 * Finds the company any of `aliases` already names, or creates it; records every alias.
 * The first alias is the display name of a new company, and replaces a shorter display name it extends. Returns null when no alias has a usable key.
 */
export async function resolveCompany(db: Db, aliases: string[], confidence: number): Promise<number | null> {
  const forms = new Map<string, string>();
  for (const a of aliases) {
    const n = normName(a);
    if (n && !forms.has(n)) forms.set(n, a.trim());
  }
  if (forms.size === 0) return null;
  const known = await db.select({ companyId: companyAliases.companyId, normAlias: companyAliases.normAlias })
    .from(companyAliases).where(inArray(companyAliases.normAlias, [...forms.keys()])).orderBy(asc(companyAliases.companyId));
  let companyId = known[0]?.companyId;
  if (companyId === undefined) {
    const [first] = forms;
    const [row] = await db.insert(companies)
      .values({ name: first![1], normName: first![0], confidence })
      .onConflictDoUpdate({ target: companies.normName, set: { normName: first![0] } })
      .returning({ id: companies.id });
    companyId = row!.id;
  } else {
    const [row] = await db.select({ name: companies.name, confidence: companies.confidence }).from(companies).where(eq(companies.id, companyId));
    const [fullest] = forms;
    const set: { confidence?: number; name?: string } = {};
    if (row && row.confidence < confidence) set.confidence = confidence;
    // "Orbitwell" known, "Orbitwell Systems" seen: show the fuller name.
    if (row && fullest![0].startsWith(`${normName(row.name)} `)) set.name = fullest![1];
    if (set.confidence !== undefined || set.name) await db.update(companies).set(set).where(eq(companies.id, companyId));
  }
  const knownKeys = new Set(known.map((k) => k.normAlias));
  const fresh = [...forms].filter(([n]) => !knownKeys.has(n)).map(([normAlias, alias]) => ({ normAlias, alias, companyId: companyId! }));
  if (fresh.length) await db.insert(companyAliases).values(fresh).onConflictDoNothing();
  return companyId;
}
