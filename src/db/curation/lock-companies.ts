import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies } from '../schema.js';
import { CurationError } from './curation-error.js';

export type CompanyRow = typeof companies.$inferSelect;

/** Reads and locks companies (in id order, so two curators never deadlock), in the order asked; a missing one is a not_found error. */
export async function lockCompanies(tx: Db, ids: number[]): Promise<CompanyRow[]> {
  const rows = await tx.select().from(companies).where(inArray(companies.id, ids)).orderBy(asc(companies.id)).for('update');
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new CurationError('not_found', `no company with id ${id}`);
    return row;
  });
}
