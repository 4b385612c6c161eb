import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies } from '../schema.js';
import { lockCompanies } from './lock-companies.js';
import { logAction } from './log-action.js';

/** Marks a company as not a company (hidden from company listings), or clears the mark; logged either way. */
export async function markCompanyWrong(db: Db, id: number, wrong: boolean, actor: string): Promise<{ id: number; markedWrong: boolean; changed: boolean }> {
  return db.transaction(async (tx) => {
    const [company] = await lockCompanies(tx, [id]);
    const changed = company!.markedWrong !== wrong;
    if (changed) await tx.update(companies).set({ markedWrong: wrong }).where(eq(companies.id, id));
    await logAction(tx, actor, wrong ? 'mark_wrong' : 'unmark_wrong', { type: 'company', id }, { name: company!.name, previous: company!.markedWrong });
    return { id, markedWrong: wrong, changed };
  });
}
