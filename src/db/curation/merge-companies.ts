import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies, companyAliases, companyMerges, deals } from '../schema.js';
import { CurationError } from './curation-error.js';
import { lockCompanies } from './lock-companies.js';
import { logAction } from './log-action.js';
import { moveMentions } from './move-mentions.js';
import { moveParties } from './move-parties.js';
import type { RecordedMoves } from './recorded-moves.js';

export interface MergeResult { mergeId: number; fromId: number; intoId: number; moves: RecordedMoves }

/**
 * Merges company `fromId` into `intoId` in one transaction: its aliases (so later articles resolve its names to
 * `intoId`), mentions, deal parties and deal subjects move; `fromId` is marked merged; the exact moves are recorded
 * in company_merges so that `undoMerge` can put everything back, and the action is logged.
 */
export async function mergeCompanies(db: Db, fromId: number, intoId: number, actor: string): Promise<MergeResult> {
  if (fromId === intoId) throw new CurationError('invalid', `cannot merge company ${fromId} into itself`);
  return db.transaction(async (tx) => {
    const [from, into] = await lockCompanies(tx, [fromId, intoId]);
    if (from!.mergedIntoId !== null) {
      throw new CurationError('conflict', `company ${fromId} (${from!.name}) is already merged into company ${from!.mergedIntoId}`);
    }
    if (into!.mergedIntoId !== null) {
      throw new CurationError('conflict', `company ${intoId} (${into!.name}) is merged into company ${into!.mergedIntoId}: merge into that one instead`);
    }
    if (into!.markedWrong) throw new CurationError('conflict', `company ${intoId} (${into!.name}) is marked as not a company`);

    const aliases = await tx.update(companyAliases).set({ companyId: intoId }).where(eq(companyAliases.companyId, fromId))
      .returning({ normAlias: companyAliases.normAlias });
    const mentions = await moveMentions(tx, fromId, intoId);
    const parties = await moveParties(tx, fromId, intoId);
    const subjects = await tx.update(deals).set({ subjectId: intoId }).where(eq(deals.subjectId, fromId)).returning({ id: deals.id });
    await tx.update(companies).set({ mergedIntoId: intoId }).where(eq(companies.id, fromId));

    const moves: RecordedMoves = {
      aliases: aliases.map((a) => a.normAlias).sort(), mentions, parties, subjectDeals: subjects.map((s) => s.id).sort((a, b) => a - b),
    };
    const [merge] = await tx.insert(companyMerges).values({ fromId, intoId, moves, actor }).returning({ id: companyMerges.id });
    await logAction(tx, actor, 'merge', { type: 'company', id: fromId }, {
      mergeId: merge!.id, fromName: from!.name, intoId, intoName: into!.name,
      moved: { aliases: moves.aliases.length, mentions: mentions.length, parties: parties.length, subjectDeals: moves.subjectDeals.length },
    });
    return { mergeId: merge!.id, fromId, intoId, moves };
  });
}
