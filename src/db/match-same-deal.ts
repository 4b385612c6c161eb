import { SAME_DEAL_WINDOW_DAYS, shiftDays } from './deal-day.js';

/** A deal a report could belong to, as far as matching needs it (kept current while a batch is stored). */
export interface DealCandidate {
  type: string;
  subjectId: number | null;
  round: string | null;
  /** ISO day, null when undated. */
  announcedOn: string | null;
  /** The deal's party ids, sorted and comma-joined (used when it has no subject). */
  partyKey: string;
  /** Ties between deals of one day go to the older one: its id, or past every stored id for one new in the batch. */
  order: number;
}

/** What a report brings to matching: its type, subject, round, the days it dates the deal (see dealDay) and its parties. */
export interface DealReportKey {
  type: string;
  subjectId: number | null;
  round: string | null;
  day: string | null;
  last: string | null;
  partyKey: string;
}

/**
 * The deal a report is one more source of: same type; the same subject and a compatible round (equal, or either
 * unknown) — or, without a subject, the same set of at least two parties; and dated within SAME_DEAL_WINDOW_DAYS of
 * the report (an undated report matches at any date, and a dated one matches an undated deal). Of several, the
 * earliest dated (undated last), then the oldest. Null when none matches.
 */
export function matchSameDeal<C extends DealCandidate>(candidates: C[], r: DealReportKey): C | null {
  if (r.subjectId === null && r.partyKey.split(',').length < 2) return null;
  const from = r.day !== null && r.last !== null ? shiftDays(r.day, -SAME_DEAL_WINDOW_DAYS) : null;
  const to = r.day !== null && r.last !== null ? shiftDays(r.last, SAME_DEAL_WINDOW_DAYS) : null;
  let best: C | null = null;
  for (const c of candidates) {
    if (c.type !== r.type) continue;
    if (from !== null && to !== null && c.announcedOn !== null && (c.announcedOn < from || c.announcedOn > to)) continue;
    if (r.subjectId !== null) {
      if (c.subjectId !== r.subjectId || (r.round && c.round !== null && c.round !== r.round)) continue;
    } else if (c.subjectId !== null || c.partyKey !== r.partyKey) continue;
    if (!best || earlier(c, best)) best = c;
  }
  return best;
}

/** Postgres's `order by announced_on, id`: ascending, undated last. */
function earlier(a: DealCandidate, b: DealCandidate): boolean {
  if (a.announcedOn !== b.announcedOn) {
    if (a.announcedOn === null) return false;
    if (b.announcedOn === null) return true;
    return a.announcedOn < b.announcedOn;
  }
  return a.order < b.order;
}
