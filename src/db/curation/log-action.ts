import type { Db } from '../database.js';
import { curationLog } from '../schema.js';

export type CurationAction = 'merge' | 'unmerge' | 'mark_wrong' | 'unmark_wrong' | 'accept' | 'reject' | 'clear_review';

/** Records one curation action; call it inside the action's transaction so that the log and the change commit together. */
export async function logAction(
  tx: Db, actor: string, action: CurationAction, target: { type: 'company' | 'deal'; id: number }, details: Record<string, unknown>,
): Promise<number> {
  const [row] = await tx.insert(curationLog).values({ actor, action, targetType: target.type, targetId: target.id, details })
    .returning({ id: curationLog.id });
  return row!.id;
}
