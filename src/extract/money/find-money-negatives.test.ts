import { describe, it, expect } from 'vitest';
import { findMoney } from './find-money.js';

describe('findMoney: not money', () => {
  it.each([
    'The company was founded in 2019 and moved to Berlin in 2021.',
    'Sales grew 45% while margins rose 3.5 percent.',
    'It closed its Series B last spring and a Series C in Q2.',
    'Call the desk on +1 415 555 0134 or (020) 7946 0958.',
    'The app has 300 million users and 1 billion active users.',
    'Shares of $BABA and $TSLA fell; the listing is NASDAQ: ERIC.',
    'Rivals raised tens of millions of dollars, and some hundreds of millions of dollars.',
    'He has shed 60 pounds since last year, and his team won 3 matches.',
    'Engineers shipped PHP 7 and bought N95 masks for the R2 lab.',
    'Prices are quoted in 2019 dollars throughout the report.',
    'The firm is a billion-dollar company with billion-user ambitions.',
    'Uber had 19.3 lakh rides a day, and 1.5 crore people downloaded it.',
    '($1 = 10.4229 Swedish crowns)',
    '',
  ])('%s', (text) => {
    expect(findMoney(text, 2021)).toEqual([]);
  });

  it('finds the money beside the non-money', () => {
    const text = 'In 2019, with 300 million users, it raised a $42 million Series B, up 20%.';
    expect(findMoney(text, 2019).map((m) => m.text)).toEqual(['$42 million']);
  });
});
