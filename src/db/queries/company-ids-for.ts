import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { knownKey as normName } from '../../extract/companies/known-key.js';
import { companies, companyAliases } from '../schema.js';

/** A company given as an id or as any of its names; [] when nothing matches. */
export async function companyIdsFor(db: Db, company: string): Promise<number[]> {
  if (/^\d{1,9}$/.test(company)) {
    // A merged company's id stands for the company it was merged into.
    const [row] = await db.select({ into: companies.mergedIntoId }).from(companies).where(eq(companies.id, Number(company)));
    return [row?.into ?? Number(company)];
  }
  const rows = await db.select({ id: companyAliases.companyId }).from(companyAliases).where(eq(companyAliases.normAlias, normName(company)));
  return rows.map((r) => r.id);
}
