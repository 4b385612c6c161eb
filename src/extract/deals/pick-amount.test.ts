import { describe, expect, it } from 'vitest';
import type { MoneyMention } from '../types.js';
import { isDealMoney } from './pick-amount.js';

const mention = (text: string, sum: string): MoneyMention => {
  const start = text.indexOf(sum);
  return { text: sum, start, end: start + sum.length, value: 5_000_000, currency: 'USD', usd: 5_000_000, usdConverted: false };
};

describe('isDealMoney', () => {
  it.each([
    ['Zorbex is now valued at $2 billion.', '$2 billion'],
    ['Zorbex reported revenue of $40 million.', '$40 million'],
    ['Zorbex has raised $90 million to date.', '$90 million'],
    ['The market is worth $5 billion.', '$5 billion'],
  ])('rejects a sum that is not a price: %s', (text, sum) => {
    expect(isDealMoney(text, mention(text, sum))).toBe(false);
  });

  it.each([
    ['Zorbex raised $12 million from Quillon Capital.', '$12 million'],
    ['Velquist agreed a deal worth $300 million.', '$300 million'],
  ])('accepts a deal sum: %s', (text, sum) => {
    expect(isDealMoney(text, mention(text, sum))).toBe(true);
  });
});

describe('isDealMoney on share prices', () => {
  it('rejects a per-share sum', () => {
    const text = 'Quillon offered $38 per share.';
    const start = text.indexOf('$38');
    expect(isDealMoney(text, { text: '$38', start, end: start + 3, value: 38, currency: 'USD', usd: 38, usdConverted: false })).toBe(false);
  });
});
