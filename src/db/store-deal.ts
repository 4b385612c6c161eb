import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Deal } from '../extract/types.js';
import type { Db } from './database.js';
import { qualified } from './queries/qualified.js';
import { resolveCompany } from './resolve-company.js';
import { dealParties, deals, dealSources } from './schema.js';

/** Days within which two reports of the same type, subject and round are taken as one deal. */
const SAME_DEAL_WINDOW_DAYS = 60;

const partyRole = (deal: Deal, name: string): string => {
  switch (deal.type) {
    case 'funding': return deal.leadInvestors.includes(name) ? 'lead_investor' : 'investor';
    case 'acquisition': return 'acquirer';
    case 'joint_venture': return 'member';
    default: return 'partner';
  }
};

function shiftDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function findSameDeal(db: Db, deal: Deal, subjectId: number | null, partyIds: number[], day: string): Promise<number | null> {
  const within = and(
    eq(deals.type, deal.type),
    gte(deals.announcedOn, shiftDays(day, -SAME_DEAL_WINDOW_DAYS)),
    lte(deals.announcedOn, shiftDays(day, SAME_DEAL_WINDOW_DAYS)),
  );
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

/** Stores one extracted deal as reported by one article: a new deal, or one more source of a known one. */
export async function storeDeal(db: Db, articleId: number, day: string, deal: Deal): Promise<number> {
  const subjectId = deal.subject ? await resolveCompany(db, [deal.subject], deal.confidence) : null;
  const parties: { id: number; role: string }[] = [];
  for (const name of deal.counterparties) {
    const id = await resolveCompany(db, [name], deal.confidence);
    if (id !== null && id !== subjectId) parties.push({ id, role: partyRole(deal, name) });
  }
  const partyIds = [...new Set(parties.map((p) => p.id))];
  let dealId = await findSameDeal(db, deal, subjectId, partyIds, day);
  const a = deal.amount;
  if (dealId === null) {
    const [row] = await db.insert(deals).values({
      type: deal.type, subjectId, subjectName: deal.subject, round: deal.round, status: deal.status, announcedOn: day,
      amountValue: a?.value ?? null, amountCurrency: a?.currency ?? null, amountUsd: a?.usd ?? null, usdConverted: a?.usdConverted ?? false,
      confidence: deal.confidence,
    }).returning({ id: deals.id });
    dealId = row!.id;
  } else if (a) {
    // Fill what the first report lacked; differing figures stay visible per source.
    await db.update(deals).set({ amountValue: a.value, amountCurrency: a.currency, amountUsd: a.usd, usdConverted: a.usdConverted })
      .where(and(eq(deals.id, dealId), isNull(deals.amountValue)));
    if (deal.round) await db.update(deals).set({ round: deal.round }).where(and(eq(deals.id, dealId), isNull(deals.round)));
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
  await db.update(deals).set({ confidence: sql`greatest(${deals.confidence}, ${deal.confidence})` }).where(eq(deals.id, dealId));
  return dealId;
}
