import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Deal } from '../extract/types.js';
import type { Db } from './database.js';
import { dealCompanyIds } from './deal-company-ids.js';
import { dealIdentity } from './deal-identity.js';
import { dealNameGroups } from './deal-name-groups.js';
import { lockKeys } from './lock-keys.js';
import { qualified } from './queries/qualified.js';
import { resolveCompanies } from './resolve-companies.js';
import { dealParties, deals, dealSources } from './schema.js';

/** Days within which two reports of the same type, subject and round are taken as one deal. */
const SAME_DEAL_WINDOW_DAYS = 60;

function shiftDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day a report dates its deal: the date the text gives the deal (its first day, widened by its precision), else the
 * article's day for the article's own news; a deal mentioned in passing without a date stays undated (null).
 */
export function dealDay(deal: Deal, articleDay: string): { day: string | null; last: string | null } {
  if (deal.date) {
    const { value, precision } = deal.date;
    const last = precision === 'year' ? `${value.slice(0, 4)}-12-31` : precision === 'month' ? shiftDays(shiftDays(value, 31).slice(0, 8) + '01', -1) : value;
    return { day: value, last };
  }
  return deal.salience === 'main' ? { day: articleDay, last: articleDay } : { day: null, last: null };
}

async function findSameDeal(db: Db, deal: Deal, subjectId: number | null, partyIds: number[], articleDay: string): Promise<number | null> {
  const { day, last } = dealDay(deal, articleDay);
  // an undated report matches the same deal at any date, and a dated one matches an undated deal
  const within = and(eq(deals.type, deal.type), day === null || last === null ? sql`true` : or(isNull(deals.announcedOn), and(
    gte(deals.announcedOn, shiftDays(day, -SAME_DEAL_WINDOW_DAYS)),
    lte(deals.announcedOn, shiftDays(last, SAME_DEAL_WINDOW_DAYS)),
  )));
  if (subjectId !== null) {
    const roundMatch = deal.round ? or(eq(deals.round, deal.round), isNull(deals.round)) : sql`true`;
    const [row] = await db.select({ id: deals.id }).from(deals).where(and(within, eq(deals.subjectId, subjectId), roundMatch))
      .orderBy(asc(deals.announcedOn), asc(deals.id)).limit(1);
    return row?.id ?? null;
  }
  if (partyIds.length < 2) return null;
  // No subject (partnerships, unnamed ventures): the same set of parties.
  const key = [...partyIds].sort((a, b) => a - b).join(',');
  const [row] = await db.select({ id: deals.id }).from(deals)
    .where(and(within, isNull(deals.subjectId), sql`(select string_agg(${qualified(dealParties.companyId)}::text, ',' order by ${qualified(dealParties.companyId)})
      from ${dealParties} where ${qualified(dealParties.dealId)} = ${qualified(deals.id)}) = ${key}`))
    .orderBy(asc(deals.announcedOn), asc(deals.id)).limit(1);
  return row?.id ?? null;
}

/** Company ids of the names deals use, and whether the caller already holds the deals' identity locks. */
export interface ResolvedDealNames { ids: Map<string, number | null>; identityLocked: boolean }

/**
 * Stores one extracted deal as reported by one article: a new deal, or one more source of a known one.
 * Reports of one deal identity are written one at a time (an advisory lock), so concurrent writers never store it twice;
 * a caller storing several deals resolves their names and takes their locks at once (see write-extraction).
 */
export async function storeDeal(db: Db, articleId: number, day: string, deal: Deal, resolved?: ResolvedDealNames): Promise<number> {
  let ids = resolved?.ids;
  if (!ids) {
    const groups = dealNameGroups(deal);
    const found = await resolveCompanies(db, groups);
    ids = new Map(groups.map((g, i) => [g.aliases[0]!, found[i]!]));
  }
  const { subjectId, parties, partyIds } = dealCompanyIds(deal, ids);
  if (!resolved?.identityLocked) await lockKeys(db, 'deal-identity', [dealIdentity(deal, subjectId, partyIds)]);
  let dealId = await findSameDeal(db, deal, subjectId, partyIds, day);
  const a = deal.amount;
  if (dealId === null) {
    const [row] = await db.insert(deals).values({
      type: deal.type, subjectId, subjectName: deal.subject, round: deal.round, status: deal.status, announcedOn: dealDay(deal, day).day,
      amountValue: a?.value ?? null, amountCurrency: a?.currency ?? null, amountUsd: a?.usd ?? null, usdConverted: a?.usdConverted ?? false,
      confidence: deal.confidence,
    }).returning({ id: deals.id });
    dealId = row!.id;
  } else {
    // Fill what the first report lacked (one statement); differing figures stay visible per source.
    const fill = <T>(col: typeof deals.amountValue | typeof deals.amountCurrency | typeof deals.amountUsd | typeof deals.usdConverted, v: T) =>
      a ? sql`case when ${deals.amountValue} is null then ${v} else ${col} end` : sql`${col}`;
    await db.update(deals).set({
      amountValue: fill(deals.amountValue, a?.value), amountCurrency: fill(deals.amountCurrency, a?.currency),
      amountUsd: fill(deals.amountUsd, a?.usd), usdConverted: fill(deals.usdConverted, a?.usdConverted),
      round: sql`coalesce(${deals.round}, ${deal.round})`, confidence: sql`greatest(${deals.confidence}, ${deal.confidence})`,
      announcedOn: sql`coalesce(${deals.announcedOn}, ${dealDay(deal, day).day}::date)`,
    }).where(eq(deals.id, dealId));
  }
  if (parties.length) {
    // One role per party; a source that names it lead makes it lead.
    await db.insert(dealParties).values(parties.map((p) => ({ dealId: dealId!, companyId: p.id, role: p.role })))
      .onConflictDoUpdate({
        target: [dealParties.dealId, dealParties.companyId],
        set: { role: sql`case when excluded.role = 'lead_investor' then excluded.role else ${dealParties.role} end` },
      });
  }
  await db.insert(dealSources).values({
    dealId, articleId, salience: deal.salience, evidence: deal.evidence, evidenceStart: deal.evidenceStart, evidenceEnd: deal.evidenceEnd,
    amountValue: a?.value ?? null, amountCurrency: a?.currency ?? null, amountUsd: a?.usd ?? null, round: deal.round, confidence: deal.confidence,
  }).onConflictDoNothing();
  return dealId;
}
