import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies, dealParties, deals } from '../schema.js';
import { dealConditions } from './deal-conditions.js';
import type { DealFilters } from './deal-filters.js';

export interface DealStats {
  total: number;
  byType: Record<string, number>;
  disclosedFundingUsd: number;
  latestDay: string | null;
  /** Funding per month, oldest first, months with rounds only. */
  fundingByMonth: { month: string; rounds: number; usd: number; undisclosed: number }[];
  /** Investors by funding rounds led or joined. */
  topInvestors: { id: number; name: string; led: number; joined: number; usd: number }[];
}

const EMPTY: DealStats = { total: 0, byType: {}, disclosedFundingUsd: 0, latestDay: null, fundingByMonth: [], topInvestors: [] };

/** Aggregates over the deals matching the filters, computed in the database (the overview page's figures). */
export async function dealStats(db: Db, f: DealFilters, investorLimit = 10): Promise<DealStats> {
  const where = await dealConditions(db, f);
  if (where === 'none') return EMPTY;
  const funding = and(where, eq(deals.type, 'funding'));
  const month = sql<string>`to_char(date_trunc('month', ${deals.announcedOn}::timestamp), 'YYYY-MM-DD')`;
  const n = sql<number>`count(*)`.mapWith(Number);
  const usd = sql<number>`coalesce(sum(${deals.amountUsd}), 0)`.mapWith(Number);
  const led = sql<number>`count(*) filter (where ${dealParties.role} = 'lead_investor')`.mapWith(Number);
  const joined = sql<number>`count(*) filter (where ${dealParties.role} = 'investor')`.mapWith(Number);
  const [types, [latest], months, investors] = await Promise.all([
    db.select({ type: deals.type, n, usd }).from(deals).where(where).groupBy(deals.type),
    db.select({ day: sql<string | null>`max(${deals.announcedOn})::text` }).from(deals).where(where),
    db.select({ month, rounds: n, usd, undisclosed: sql<number>`count(*) filter (where ${deals.amountUsd} is null)`.mapWith(Number) })
      .from(deals).where(and(funding, sql`${deals.announcedOn} is not null`)).groupBy(month).orderBy(month),
    db.select({ id: companies.id, name: companies.name, led, joined, usd }).from(deals)
      .innerJoin(dealParties, eq(dealParties.dealId, deals.id)).innerJoin(companies, eq(companies.id, dealParties.companyId))
      .where(and(funding, inArray(dealParties.role, ['investor', 'lead_investor']), eq(companies.markedWrong, false)))
      .groupBy(companies.id).orderBy(desc(sql`count(*)`), desc(led), companies.name).limit(investorLimit),
  ]);
  return {
    total: types.reduce((s, t) => s + t.n, 0),
    byType: Object.fromEntries(types.map((t) => [t.type, t.n])),
    disclosedFundingUsd: types.find((t) => t.type === 'funding')?.usd ?? 0,
    latestDay: latest?.day ?? null,
    fundingByMonth: months,
    topInvestors: investors,
  };
}
