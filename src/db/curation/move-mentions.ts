import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../database.js';
import { mentions } from '../schema.js';
import type { RecordedMoves } from './recorded-moves.js';

/**
 * Moves every mention of `fromId` to `intoId`. Where one article mentions both, the counts are summed into the
 * target's row (its confidence kept) and the source row goes; the returned record says which rows were which.
 */
export async function moveMentions(tx: Db, fromId: number, intoId: number): Promise<RecordedMoves['mentions']> {
  const target = alias(mentions, 'target');
  const rows = await tx.select({
    articleId: mentions.articleId, count: mentions.count, confidence: mentions.confidence, targetCount: target.count,
  }).from(mentions)
    .leftJoin(target, and(eq(target.articleId, mentions.articleId), eq(target.companyId, intoId)))
    .where(eq(mentions.companyId, fromId)).orderBy(asc(mentions.articleId))
    .for('update', { of: mentions });
  if (!rows.length) return [];
  await tx.execute(sql`update ${mentions} t set count = t.count + f.count from ${mentions} f
    where f.company_id = ${fromId} and t.company_id = ${intoId} and t.article_id = f.article_id`);
  await tx.execute(sql`delete from ${mentions} f where f.company_id = ${fromId}
    and exists (select 1 from ${mentions} t where t.company_id = ${intoId} and t.article_id = f.article_id)`);
  await tx.execute(sql`update ${mentions} set company_id = ${intoId} where company_id = ${fromId}`);
  return rows.map((r) => ({
    articleId: r.articleId, count: r.count, confidence: r.confidence, hadTarget: r.targetCount !== null, targetCount: r.targetCount ?? 0,
  }));
}
