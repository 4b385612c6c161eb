import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { deals } from '../schema.js';
import { companyIdsFor } from './company-ids-for.js';
import { dealsInvolving } from './deals-involving.js';
import { dealTextMatch } from './deal-text-match.js';
import type { DealFilters } from './deal-filters.js';


/** The WHERE of a deal search; 'none' when a named company does not exist, so nothing can match. */
export async function dealConditions(db: Db, f: DealFilters): Promise<SQL | undefined | 'none'> {
  // The same predicate as the partial deals_search_*_idx indexes (schema/deals.ts): change both or neither, or the
  // planner can no longer prove that those indexes hold every match and the search's count goes back to the table.
  const conds: (SQL | undefined)[] = [or(isNull(deals.review), sql`${deals.review} <> 'rejected'`)];
  if (f.type) conds.push(inArray(deals.type, f.type));
  if (f.status) conds.push(inArray(deals.status, f.status));
  if (f.round) conds.push(sql`lower(${deals.round}) = lower(${f.round})`);
  if (f.currency) conds.push(eq(deals.amountCurrency, f.currency));
  if (f.min_usd !== undefined) conds.push(gte(deals.amountUsd, f.min_usd));
  if (f.max_usd !== undefined) conds.push(lte(deals.amountUsd, f.max_usd));
  if (f.from) conds.push(gte(deals.announcedOn, f.from));
  if (f.to) conds.push(lte(deals.announcedOn, f.to));
  if (f.min_confidence !== undefined) conds.push(gte(deals.confidence, f.min_confidence));
  if (f.q) conds.push(dealTextMatch(f.q).anySource);
  for (const [value, roles] of [[f.company, undefined], [f.investor, ['investor', 'lead_investor']], [f.acquirer, ['acquirer']]] as const) {
    if (!value) continue;
    const ids = await companyIdsFor(db, value);
    if (!ids.length) return 'none';
    conds.push(roles ? dealsInvolving(ids, { roles }) : dealsInvolving(ids, { subject: true }));
  }
  return and(...conds);
}
