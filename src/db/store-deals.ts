import { sql } from 'drizzle-orm';
import type { Amount, Deal } from '../extract/types.js';
import type { Db } from './database.js';
import { dealCompanyIds } from './deal-company-ids.js';
import { dealDay } from './deal-day.js';
import { matchSameDeal, type DealCandidate, type DealReportKey } from './match-same-deal.js';
import { rowsOf } from './rows-of.js';

/** One extracted deal as one article reports it, with the company ids of the names it uses (see resolveCompanies). */
export interface DealReport { articleId: number; articleDay: string; deal: Deal; ids: Map<string, number | null> }

interface Candidate extends DealCandidate {
  /** Set for deals stored before this batch; new ones get theirs at insert. */
  storedId: number | null;
  hadAmount: boolean;
  amount: Amount | null;
  confidence: number;
  first: DealReport;
}

const partyKey = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b).join(',');

/** Deals stored before the batch that a report could be the same deal as: by subject, or by parties when there is none. */
async function storedCandidates(db: Db, reports: (DealReportKey & { partyIds: number[] })[]): Promise<Candidate[]> {
  const types = [...new Set(reports.map((r) => r.type))];
  const subjects = [...new Set(reports.flatMap((r) => (r.subjectId !== null ? [r.subjectId] : [])))];
  const parties = [...new Set(reports.flatMap((r) => (r.subjectId === null && r.partyIds.length >= 2 ? r.partyIds : [])))];
  type Row = { id: number; type: string; subject_id: number | null; round: string | null; day: string | null; has_amount: boolean; confidence: number; party_key: string | null };
  const rows: Row[] = [];
  if (subjects.length) {
    rows.push(...rowsOf<Row>(await db.execute(sql`select id, type, subject_id, round, announced_on::text as day, amount_value is not null as has_amount,
      confidence, null as party_key from deals where subject_id = any(${sql.param(subjects)}::int[]) and type = any(${sql.param(types)}::text[])`)));
  }
  if (parties.length) {
    rows.push(...rowsOf<Row>(await db.execute(sql`select d.id, d.type, d.subject_id, d.round, d.announced_on::text as day,
      d.amount_value is not null as has_amount, d.confidence,
      (select string_agg(p.company_id::text, ',' order by p.company_id) from deal_parties p where p.deal_id = d.id) as party_key
      from deals d where d.subject_id is null and d.type = any(${sql.param(types)}::text[])
        and d.id in (select deal_id from deal_parties where company_id = any(${sql.param(parties)}::int[]))`)));
  }
  return rows.map((r) => ({
    storedId: r.id, order: r.id, type: r.type, subjectId: r.subject_id, round: r.round, announcedOn: r.day, partyKey: r.party_key ?? '',
    hadAmount: r.has_amount, amount: null, confidence: r.confidence, first: null as unknown as DealReport,
  }));
}

/**
 * Stores extracted deals, each as reported by one article, in a fixed number of statements for the whole batch:
 * a report is one more source of the deal it matches (same type and subject — or, without a subject, the same parties —
 * within 60 days, see matchSameDeal), stored before or earlier in the batch, else a new deal; the result is what
 * storing the reports one at a time, in order, gives. The first report fills what a deal lacks (amount, round, date);
 * confidence only rises; one role per party, lead when any source says lead.
 * The caller holds the reports' deal-identity locks (lockKeys 'deal-identity'), so that concurrent writers never
 * store one deal twice. Returns the deal id of each report.
 */
export async function storeDeals(db: Db, reports: DealReport[]): Promise<number[]> {
  if (!reports.length) return [];
  const keyed = reports.map((r) => {
    const { subjectId, parties, partyIds } = dealCompanyIds(r.deal, r.ids);
    const { day, last } = dealDay(r.deal, r.articleDay);
    return { report: r, parties, partyIds, type: r.deal.type, subjectId, round: r.deal.round, day, last, partyKey: partyKey(partyIds) };
  });
  const candidates = await storedCandidates(db, keyed);
  const fresh: Candidate[] = [];
  const updated = new Map<Candidate, { amount: Amount | null; round: string | null; day: string | null; confidence: number }>();
  const chosen = keyed.map((k) => {
    const a = k.report.deal.amount;
    let c = matchSameDeal(candidates, k);
    if (!c) {
      c = { storedId: null, order: Number.MAX_SAFE_INTEGER - 1e6 + fresh.length, type: k.type, subjectId: k.subjectId, round: k.round,
        announcedOn: k.day, partyKey: k.partyKey, hadAmount: a !== null, amount: a, confidence: k.report.deal.confidence, first: k.report };
      fresh.push(c);
      candidates.push(c);
      return c;
    }
    if (c.storedId !== null) {
      const u = updated.get(c) ?? { amount: null, round: null, day: null, confidence: k.report.deal.confidence };
      if (a && !c.hadAmount && !u.amount) u.amount = a;
      u.round ??= k.round;
      u.day ??= k.day;
      u.confidence = Math.max(u.confidence, k.report.deal.confidence);
      updated.set(c, u);
    } else if (a && !c.amount) c.amount = a;
    c.round ??= k.round;
    c.announcedOn ??= k.day;
    c.confidence = Math.max(c.confidence, k.report.deal.confidence);
    c.hadAmount ||= a !== null;
    return c;
  });

  if (fresh.length) {
    // Ids drawn first, in order, so that each new deal's id is known without relying on the order RETURNING gives.
    const ids = rowsOf<{ id: number }>(await db.execute(sql`select nextval(pg_get_serial_sequence('deals', 'id'))::int as id
      from generate_series(1, ${fresh.length}::int) as g(i) order by g.i`)).map((r) => Number(r.id)).sort((x, y) => x - y);
    fresh.forEach((c, i) => { c.storedId = ids[i]!; });
    const col = <T>(f: (c: Candidate) => T) => sql.param(fresh.map(f));
    await db.execute(sql`insert into deals (id, type, subject_id, subject_name, round, status, announced_on, amount_value, amount_currency,
        amount_usd, usd_converted, confidence)
      select * from unnest(${col((c) => c.storedId)}::int[], ${col((c) => c.type)}::text[], ${col((c) => c.subjectId)}::int[],
        ${col((c) => c.first.deal.subject)}::text[], ${col((c) => c.round)}::text[], ${col((c) => c.first.deal.status)}::text[],
        ${col((c) => c.announcedOn)}::date[], ${col((c) => c.amount?.value ?? null)}::numeric[], ${col((c) => c.amount?.currency ?? null)}::text[],
        ${col((c) => c.amount?.usd ?? null)}::float8[], ${col((c) => c.amount?.usdConverted ?? false)}::bool[], ${col((c) => c.confidence)}::real[])`);
  }
  if (updated.size) {
    const up = [...updated];
    const col = <T>(f: (u: (typeof up)[number]) => T) => sql.param(up.map(f));
    // Fill what the first reports lacked (one statement); differing figures stay visible per source.
    await db.execute(sql`update deals d set
        amount_value = case when d.amount_value is null and u.av is not null then u.av else d.amount_value end,
        amount_currency = case when d.amount_value is null and u.av is not null then u.cur else d.amount_currency end,
        amount_usd = case when d.amount_value is null and u.av is not null then u.usd else d.amount_usd end,
        usd_converted = case when d.amount_value is null and u.av is not null then u.conv else d.usd_converted end,
        round = coalesce(d.round, u.round), confidence = greatest(d.confidence, u.conf), announced_on = coalesce(d.announced_on, u.day)
      from unnest(${col(([c]) => c.storedId)}::int[], ${col(([, u]) => u.amount?.value ?? null)}::numeric[], ${col(([, u]) => u.amount?.currency ?? null)}::text[],
        ${col(([, u]) => u.amount?.usd ?? null)}::float8[], ${col(([, u]) => u.amount?.usdConverted ?? false)}::bool[], ${col(([, u]) => u.round)}::text[],
        ${col(([, u]) => u.confidence)}::real[], ${col(([, u]) => u.day)}::date[]) as u(id, av, cur, usd, conv, round, conf, day)
      where d.id = u.id`);
  }

  // One role per party; a source that names it lead makes it lead.
  const roles = new Map<string, { dealId: number; companyId: number; role: string }>();
  const sources = new Map<string, { dealId: number; report: DealReport }>();
  keyed.forEach((k, i) => {
    const dealId = chosen[i]!.storedId!;
    for (const p of k.parties) {
      const had = roles.get(`${dealId}:${p.id}`);
      if (!had) roles.set(`${dealId}:${p.id}`, { dealId, companyId: p.id, role: p.role });
      else if (p.role === 'lead_investor') had.role = p.role;
    }
    if (!sources.has(`${dealId}:${k.report.articleId}`)) sources.set(`${dealId}:${k.report.articleId}`, { dealId, report: k.report });
  });
  if (roles.size) {
    const rs = [...roles.values()];
    await db.execute(sql`insert into deal_parties (deal_id, company_id, role)
      select * from unnest(${sql.param(rs.map((r) => r.dealId))}::int[], ${sql.param(rs.map((r) => r.companyId))}::int[], ${sql.param(rs.map((r) => r.role))}::text[])
      on conflict (deal_id, company_id) do update set role = case when excluded.role = 'lead_investor' then excluded.role else deal_parties.role end`);
  }
  const ss = [...sources.values()];
  const col = <T>(f: (s: (typeof ss)[number]) => T) => sql.param(ss.map(f));
  await db.execute(sql`insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, amount_value, amount_currency,
      amount_usd, round, confidence)
    select * from unnest(${col((s) => s.dealId)}::int[], ${col((s) => s.report.articleId)}::int[], ${col((s) => s.report.deal.salience)}::text[],
      ${col((s) => s.report.deal.evidence)}::text[], ${col((s) => s.report.deal.evidenceStart)}::int[], ${col((s) => s.report.deal.evidenceEnd)}::int[],
      ${col((s) => s.report.deal.amount?.value ?? null)}::numeric[], ${col((s) => s.report.deal.amount?.currency ?? null)}::text[],
      ${col((s) => s.report.deal.amount?.usd ?? null)}::float8[], ${col((s) => s.report.deal.round)}::text[], ${col((s) => s.report.deal.confidence)}::real[])
    on conflict do nothing`);
  return chosen.map((c) => c.storedId!);
}
