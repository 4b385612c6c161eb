import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { mentions } from '../schema.js';
import type { RecordedMoves } from './recorded-moves.js';

/**
 * Undoes `moveMentions`: rows that moved whole move back; rows folded into the target's row are re-created and
 * their counts taken off the target's. Articles deleted since the merge are skipped.
 */
export async function restoreMentions(tx: Db, fromId: number, intoId: number, moved: RecordedMoves['mentions']): Promise<void> {
  if (!moved.length) return;
  const m = sql`jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) as m("articleId" int, count int, confidence real, "hadTarget" boolean)`;
  await tx.execute(sql`update ${mentions} t set company_id = ${fromId} from ${m}
    where not m."hadTarget" and t.company_id = ${intoId} and t.article_id = m."articleId"`);
  await tx.execute(sql`insert into ${mentions} (article_id, company_id, count, confidence)
    select m."articleId", ${fromId}, m.count, coalesce(m.confidence, t.confidence)
    from ${m} join ${mentions} t on t.article_id = m."articleId" and t.company_id = ${intoId}
    where m."hadTarget"
    on conflict (article_id, company_id) do nothing`);
  await tx.execute(sql`update ${mentions} t set count = greatest(t.count - m.count, 1) from ${m}
    where m."hadTarget" and t.company_id = ${intoId} and t.article_id = m."articleId"`);
}
