import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies, companyAliases, companyMerges, deals } from '../schema.js';
import { CurationError } from './curation-error.js';
import { lockCompanies } from './lock-companies.js';
import { logAction } from './log-action.js';
import type { RecordedMoves } from './recorded-moves.js';
import { restoreMentions } from './restore-mentions.js';
import { restoreParties } from './restore-parties.js';

/** The elements of a list as a subquery (one parameter, however long the list). */
const elements = (list: (string | number)[], type: 'text' | 'int') =>
  sql`(select e::${sql.raw(type)} from jsonb_array_elements_text(${JSON.stringify(list)}::jsonb) as e)`;

/**
 * Undoes a merge in one transaction: exactly what moved (aliases, mention counts, deal parties and subjects) goes
 * back to the merged company, which is active again; the merge is marked undone and the action logged.
 * Merges undo newest first: a merge whose target was merged again since is refused until that one is undone.
 */
export async function undoMerge(db: Db, mergeId: number, actor: string): Promise<{ mergeId: number; fromId: number; intoId: number }> {
  return db.transaction(async (tx) => {
    const [merge] = await tx.select().from(companyMerges).where(eq(companyMerges.id, mergeId)).for('update');
    if (!merge) throw new CurationError('not_found', `no merge with id ${mergeId}`);
    if (merge.undoneAt) {
      throw new CurationError('conflict', `merge ${mergeId} was already undone (${merge.undoneAt.toISOString()} by ${merge.undoneBy})`);
    }
    const { fromId, intoId } = merge;
    const [from, into] = await lockCompanies(tx, [fromId, intoId]);
    if (into!.mergedIntoId !== null) {
      throw new CurationError('conflict', `company ${intoId} (${into!.name}) was merged into company ${into!.mergedIntoId} after merge ${mergeId}: undo that merge first`);
    }
    if (from!.mergedIntoId !== intoId) throw new CurationError('conflict', `company ${fromId} is no longer merged into company ${intoId}`);

    const moves = merge.moves as RecordedMoves;
    if (moves.aliases.length) {
      await tx.update(companyAliases).set({ companyId: fromId })
        .where(and(eq(companyAliases.companyId, intoId), sql`${companyAliases.normAlias} in ${elements(moves.aliases, 'text')}`));
    }
    await restoreMentions(tx, fromId, intoId, moves.mentions);
    await restoreParties(tx, fromId, intoId, moves.parties);
    if (moves.subjectDeals.length) {
      await tx.update(deals).set({ subjectId: fromId })
        .where(and(eq(deals.subjectId, intoId), sql`${deals.id} in ${elements(moves.subjectDeals, 'int')}`));
    }
    await tx.update(companies).set({ mergedIntoId: null }).where(eq(companies.id, fromId));
    await tx.update(companyMerges).set({ undoneAt: sql`now()`, undoneBy: actor }).where(eq(companyMerges.id, mergeId));
    await logAction(tx, actor, 'unmerge', { type: 'company', id: fromId }, { mergeId, intoId, fromName: from!.name, intoName: into!.name });
    return { mergeId, fromId, intoId };
  });
}
