import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { deals } from '../schema.js';
import { CurationError } from './curation-error.js';
import { logAction } from './log-action.js';

export type DealReview = 'accepted' | 'rejected' | null;

const ACTIONS = { accepted: 'accept', rejected: 'reject', none: 'clear_review' } as const;

/** Accepts or rejects a deal (rejected deals are hidden from deal search), or clears the review; logged. */
export async function reviewDeal(db: Db, id: number, review: DealReview, actor: string): Promise<{ id: number; review: DealReview; changed: boolean }> {
  return db.transaction(async (tx) => {
    const [deal] = await tx.select({ review: deals.review }).from(deals).where(eq(deals.id, id)).for('update');
    if (!deal) throw new CurationError('not_found', `no deal with id ${id}`);
    const changed = deal.review !== review;
    if (changed) await tx.update(deals).set({ review }).where(eq(deals.id, id));
    await logAction(tx, actor, ACTIONS[review ?? 'none'], { type: 'deal', id }, { previous: deal.review, review });
    return { id, review, changed };
  });
}
