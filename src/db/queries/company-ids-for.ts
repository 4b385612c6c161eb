import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { normName } from '../norm-name.js';
import { companyAliases } from '../schema.js';

/** A company given as an id or as any of its names; [] when nothing matches. */
export async function companyIdsFor(db: Db, company: string): Promise<number[]> {
  if (/^\d+$/.test(company)) return [Number(company)];
  const rows = await db.select({ id: companyAliases.companyId }).from(companyAliases).where(eq(companyAliases.normAlias, normName(company)));
  return rows.map((r) => r.id);
}
