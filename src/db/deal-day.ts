import type { Deal } from '../extract/types.js';

/** Days within which two reports of the same type, subject and round are taken as one deal. */
export const SAME_DEAL_WINDOW_DAYS = 60;

export function shiftDays(isoDay: string, days: number): string {
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
