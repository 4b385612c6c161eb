import { inArray, sql, type SQL } from 'drizzle-orm';
import { dealParties, deals } from '../schema.js';
import { qualified as q } from './qualified.js';

/**
 * `deals.id = any(array(…))`: deals with one of `ids` as a party (in one of `roles`, when given) or, with `subject`, as their subject.
 * Each half is its own uncorrelated select served by its own index (deal_parties_company_idx, deals_subject_idx), and the
 * ids found are looked up by primary key, where `subject_id = x or exists (…)` would read every deal.
 */
export function dealsInvolving(ids: number[], opts: { subject?: boolean; roles?: readonly string[] } = {}): SQL {
  const parties = sql`select ${q(dealParties.dealId)} from ${dealParties} where ${inArray(q(dealParties.companyId), ids)}${
    opts.roles ? sql` and ${inArray(q(dealParties.role), [...opts.roles])}` : sql``}`;
  const subjects = sql`select ${q(deals.id)} from ${deals} where ${inArray(q(deals.subjectId), ids)}`;
  return sql`${q(deals.id)} = any(array(${opts.subject ? sql`${subjects} union all ` : sql``}${parties}))`;
}
