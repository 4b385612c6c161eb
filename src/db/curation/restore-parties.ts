import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { dealParties, deals, type MergeMoves } from '../schema.js';

/**
 * Undoes `moveParties`: rows that moved whole move back with their role; where the target's row was kept, the
 * source's row is re-created and the target's role restored. Deals deleted since the merge are skipped.
 */
export async function restoreParties(tx: Db, fromId: number, intoId: number, moved: MergeMoves['parties']): Promise<void> {
  if (!moved.length) return;
  const m = sql`jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) as m("dealId" int, role text, "hadTarget" boolean, "targetRole" text)`;
  await tx.execute(sql`update ${dealParties} t set company_id = ${fromId}, role = m.role from ${m}
    where not m."hadTarget" and t.company_id = ${intoId} and t.deal_id = m."dealId"`);
  await tx.execute(sql`insert into ${dealParties} (deal_id, company_id, role)
    select m."dealId", ${fromId}, m.role from ${m} join ${deals} d on d.id = m."dealId"
    where m."hadTarget"
    on conflict (deal_id, company_id) do nothing`);
  await tx.execute(sql`update ${dealParties} t set role = m."targetRole" from ${m}
    where m."hadTarget" and m."targetRole" is not null and t.company_id = ${intoId} and t.deal_id = m."dealId"`);
}
