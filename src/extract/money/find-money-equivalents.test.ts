import { describe, it, expect } from 'vitest';
import { findMoney } from './find-money.js';

function single(text: string, snippet: string) {
  const found = findMoney(text, 2019);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const start = text.indexOf(snippet);
  expect(found[0]).toMatchObject({ text: snippet, start, end: start + snippet.length });
  return found[0]!;
}

describe('findMoney: stated equivalents', () => {
  it.each([
    ['The pair will set up a 2 billion yuan ($290 million) battery fund.', '2 billion yuan ($290 million)', 2e9, 'CNY', 290e6],
    ['The price is €450 million — that’s RMB 3.5 billion or $510 million — in cash.', '€450 million — that’s RMB 3.5 billion or $510 million', 450e6, 'EUR', 510e6],
    ['The app raised Rs 200 crore (about $27 million) this week.', 'Rs 200 crore (about $27 million)', 2e9, 'INR', 27e6],
    ['It raised Rs 41 crore (nearly $5.5 million at today’s rates) from angels.', 'Rs 41 crore (nearly $5.5 million at today’s rates)', 410e6, 'INR', 5.5e6],
    ['Profit reached 2.3bn euros ($2.6bn; £1.9bn) last year.', '2.3bn euros ($2.6bn; £1.9bn)', 2.3e9, 'EUR', 2.6e9],
    ['Sellers earn 0.2 yuan, or 2.9 cents, per bottle.', '0.2 yuan, or 2.9 cents', 0.2, 'CNY', 0.029],
    ['The fund invested INR 840.5 Cr ($101 Mn) in total.', 'INR 840.5 Cr ($101 Mn)', 8.405e9, 'INR', 101e6],
    ['The order is worth 6 billion Swedish crowns ($580 million), Saab said.', '6 billion Swedish crowns ($580 million)', 6e9, 'SEK', 580e6],
    ['The bank merger is a 2 trillion yen ($18bn) deal.', '2 trillion yen ($18bn)', 2e12, 'JPY', 18e9],
  ])('%s', (sentence, snippet, value, currency, usd) => {
    expect(single(sentence, snippet)).toMatchObject({ value, currency, usd, usdConverted: false });
  });

  it('keeps a USD amount first when the equivalent follows in another currency', () => {
    const m = single('It raised $3 million (around Rs 22 crore at the time) in 2019.', '$3 million (around Rs 22 crore at the time)');
    expect(m).toMatchObject({ value: 3e6, currency: 'USD', usd: 3e6, usdConverted: false });
  });

  it('converts when the equivalents give no US-dollar figure', () => {
    const m = single('The club paid £40m (€46m) for the striker.', '£40m (€46m)');
    expect(m).toMatchObject({ value: 40e6, currency: 'GBP', usdConverted: true });
  });

  it('does not join a second amount in the same currency', () => {
    const found = findMoney('Net income was $10 million, or $0.05 a share.', 2019);
    expect(found.map((m) => m.text)).toEqual(['$10 million', '$0.05']);
  });

  it('drops exchange-rate notes', () => {
    expect(findMoney('($1 = 10.42 Swedish crowns)', 2019)).toEqual([]);
    expect(findMoney('At $1 = Rs 75 the deal is smaller.', 2019)).toEqual([]);
  });
});
