import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../database.js';
import { dealParties, type MergeMoves } from '../schema.js';

/**
 * Moves every deal party row of `fromId` to `intoId`. Where both are parties to one deal, the target's row is kept
 * (made lead investor when the source was the lead, as a later report would) and the source row goes.
 */
export async function moveParties(tx: Db, fromId: number, intoId: number): Promise<MergeMoves['parties']> {
  const target = alias(dealParties, 'target');
  const rows = await tx.select({ dealId: dealParties.dealId, role: dealParties.role, targetRole: target.role })
    .from(dealParties)
    .leftJoin(target, and(eq(target.dealId, dealParties.dealId), eq(target.companyId, intoId)))
    .where(eq(dealParties.companyId, fromId)).orderBy(asc(dealParties.dealId))
    .for('update', { of: dealParties });
  if (!rows.length) return [];
  await tx.execute(sql`update ${dealParties} t set role = 'lead_investor' from ${dealParties} f
    where f.company_id = ${fromId} and f.role = 'lead_investor' and t.company_id = ${intoId} and t.deal_id = f.deal_id`);
  await tx.execute(sql`delete from ${dealParties} f where f.company_id = ${fromId}
    and exists (select 1 from ${dealParties} t where t.company_id = ${intoId} and t.deal_id = f.deal_id)`);
  await tx.execute(sql`update ${dealParties} set company_id = ${intoId} where company_id = ${fromId}`);
  return rows.map((r) => ({ dealId: r.dealId, role: r.role, hadTarget: r.targetRole !== null, targetRole: r.targetRole }));
}
