import { moneyPatterns as P } from './money-patterns.js';
import type { RawAmount } from './raw-amount.js';

/**
 * Joins two amounts of one currency written as a range ("$5 million to $10 million", "€3-€4 billion",
 * "between $50M and $60M") into one; "from $5 million to $10 million" (a change) stays two, and
 * so do "$5 million and $10 million" (a list). A lower bound without a scale takes the upper one's.
 */
export function joinRanges(text: string, amounts: RawAmount[]): RawAmount[] {
  const out: RawAmount[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    if (!b || a.currency !== b.currency || a.high !== undefined || b.high !== undefined || b.start - a.end > 6) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const word = gap.trim();
    const before = text.slice(Math.max(0, a.start - 12), a.start);
    const allowed = P.rangeGap.test(gap) && (word === 'to' ? !P.fromBefore.test(before) : word === 'and' ? P.betweenBefore.test(before) : true);
    let low = a.value;
    if (allowed && !a.scaled && b.scaled && low * b.multiplier <= b.value) low *= b.multiplier;
    if (!allowed || !(low <= b.value)) {
      out.push(a);
      continue;
    }
    out.push({ ...a, end: b.end, value: low, low, high: b.value, scaled: a.scaled || b.scaled });
    i++;
  }
  return out;
}
