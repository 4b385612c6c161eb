import { moneyPatterns } from './money-patterns.js';

/**
 * The value of a number as matched: digits with thousands separators ("1,200,000", "1,00,000"),
 * a decimal comma before a scale ("1,5"), or a number word ("a", "two", "half a").
 */
export function parseNumber(raw: string): number {
  const word = moneyPatterns.numbers.get(moneyPatterns.norm(raw));
  if (word !== undefined) return word;
  if (/^\d{1,3},\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/,/g, ''));
}
