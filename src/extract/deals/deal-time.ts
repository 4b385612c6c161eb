import type { DealDate } from '../types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_DATE = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d\\d)\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH},? ((?:19|20)\\d\\d)\\b`, 'i');
/** "in 2019", "a 2019 IPO", "in early 2017"; not "since 2015", "by 2025" (a span or a target, not the deal's date). */
const YEAR = /\b(?:in|during|back in|from|of|early|late|mid)[\s-]+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:ipo|listing|round|deal|acquisition|purchase|investment|merger|takeover|series)\b/i;
const MONTH_ONLY = new RegExp(`\\b(?:in|on|back in|since|during|early|late|mid|this|last)\\s+(?:(?:early|late|mid)[\\s-]+)?${MONTH}(?: (\\d{1,2})(?:st|nd|rd|th)?)?\\b(?!,? (?:19|20)\\d\\d)`, 'i');
const FOUNDED = /\b(?:founded|established|launched|started|set up|incorporated|formed|born)\s+(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\w+\s+)?(?:19|20)\d\d\b/gi;
const LAST_YEAR = /\b(?:last year|a year ago|a year earlier|the previous year|the year before)\b/i;
/** Words that place a deal before the article's news. */
const PAST = /\b(?:back in|previously|earlier(?! this (?:week|month)| (?:investors?|backers?|shareholders?|stage))|years? ago|last year|at the time|a year after|in the past|had (?:earlier |previously )?(?:raised|invested|obtained|received|acquired|bought)|once)\b/i;

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** The date a deal's own words give it ("in 2019", "in March 2021", "back in February"), read against the article's date. */
export function dealDate(text: string, published: string | null): DealDate | null {
  // a founding or launch date is the company's, not the deal's
  const clause = text.replace(FOUNDED, ' ');
  const day = DAY_DATE.exec(clause);
  if (day) return { value: iso(Number(day[3]), monthOf(day[1]!), Number(day[2])), precision: 'day' };
  const monthYear = MONTH_YEAR.exec(clause);
  if (monthYear) return { value: iso(Number(monthYear[2]), monthOf(monthYear[1]!), 1), precision: 'month' };
  const year = YEAR.exec(clause);
  if (year) return { value: iso(Number(year[1] ?? year[2]), 1, 1), precision: 'year' };
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(pubYear)) return null;
  const pubMonth = Number(published!.slice(5, 7)) || 12;
  const month = MONTH_ONLY.exec(clause);
  // "may" as a month only when written as one
  if (month && !(month[1]!.toLowerCase() === 'may' && !/May/.test(month[0]))) {
    const m = monthOf(month[1]!);
    const y = m > pubMonth || /\blast\b/i.test(month[0]) ? pubYear - 1 : pubYear;
    return month[2] ? { value: iso(y, m, Number(month[2])), precision: 'day' } : { value: iso(y, m, 1), precision: 'month' };
  }
  if (LAST_YEAR.test(clause)) return { value: iso(pubYear - 1, 1, 1), precision: 'year' };
  return null;
}

/** True when a deal's clause places it before the article's news: a past marker, or a year before the article's. */
export function pastDeal(clause: string, date: DealDate | null, published: string | null): boolean {
  if (PAST.test(clause)) return true;
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  return date !== null && Number.isFinite(pubYear) && Number(date.value.slice(0, 4)) < pubYear;
}

/** The clause of a sentence around `at` (absolute offset): from the last comma, semicolon or parenthesis before it to the next after it. */
export function clauseAround(text: string, start: number, end: number, at: number): string {
  const before = text.slice(start, at);
  const from = Math.max(...[',', ';', '(', '—'].map((c) => before.lastIndexOf(c)));
  const after = text.slice(at, end);
  const stops = [';', ')', '—'].map((c) => after.indexOf(c)).filter((i) => i > 0);
  const to = stops.length ? Math.min(...stops) : after.length;
  const clause = text.slice(from >= 0 ? start + from + 1 : start, at + to);
  // "At the time, ...", "In 2019, ...": a short opening phrase dates the whole sentence
  const intro = /^[^,;]{2,30},/.exec(text.slice(start, at));
  return intro && from > intro[0].length - 1 ? `${intro[0]} ${clause}` : clause;
}
