import { describe, it, expect } from 'vitest';
import { toUsd } from './convert.js';
import { findMoney } from './find-money.js';

const YEAR = 2020;

/** The single mention found in `text`, checked to be exactly `snippet` at its place. */
function single(text: string, snippet: string, year: number | null = YEAR) {
  const found = findMoney(text, year);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const m = found[0]!;
  const start = text.indexOf(snippet);
  expect(start).toBeGreaterThanOrEqual(0);
  expect({ text: m.text, start: m.start, end: m.end }).toEqual({ text: snippet, start, end: start + snippet.length });
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

/** [sentence, mention text, value, currency, stated usd (undefined: converted at YEAR)] */
const formats: [string, string, number, string, number?][] = [
  ['Kelvo, a drone startup, closed a $32.5M round on Monday.', '$32.5M', 32_500_000, 'USD', 32_500_000],
  ['Kelvo has now raised $32.5 million from three funds.', '$32.5 million', 32_500_000, 'USD', 32_500_000],
  ['The lender booked USD34.6 million in fees last year.', 'USD34.6 million', 34_600_000, 'USD', 34_600_000],
  ['A seed round of US$ 8 million was led by Harbor Lane.', 'US$ 8 million', 8_000_000, 'USD', 8_000_000],
  ['Brightfield agreed to pay €620 million for the grocer.', '€620 million', 620_000_000, 'EUR'],
  ['The bank set aside 620 million euros for the settlement.', '620 million euros', 620_000_000, 'EUR'],
  ['The city fund will commit 1 billion yuan to battery research.', '1 billion yuan', 1_000_000_000, 'CNY'],
  ['The tutoring app raised Rs 200 crore in its latest round.', 'Rs 200 crore', 2_000_000_000, 'INR'],
  ['The founders put in ₹40 lakh of their own savings.', '₹40 lakh', 4_000_000, 'INR'],
  ['The robot maker raised ¥2 billion from regional banks.', '¥2 billion', 2_000_000_000, 'JPY'],
  ['The council paid £7.2m for the old depot.', '£7.2m', 7_200_000, 'GBP'],
  ['The buyout fund closed at $4.25bn after a year.', '$4.25bn', 4_250_000_000, 'USD', 4_250_000_000],
  ['Quarterly cloud sales topped $1.1 billion for the first time.', '$1.1 billion', 1_100_000_000, 'USD', 1_100_000_000],
  ['The studio won a $500K grant.', '$500K', 500_000, 'USD', 500_000],
  ['Each fellow receives $45k a year.', '$45k', 45_000, 'USD', 45_000],
  ['The chipmaker plans to spend 2.5 trillion won on a new fab.', '2.5 trillion won', 2_500_000_000_000, 'KRW'],
  ['The settlement came to $1,200,000 in total.', '$1,200,000', 1_200_000, 'USD', 1_200_000],
  ['Analysts value the unit at $20B today.', '$20B', 20_000_000_000, 'USD', 20_000_000_000],
  ['The insurer lost half a billion dollars on the storm.', 'half a billion dollars', 500_000_000, 'USD', 500_000_000],
  ['Nobody spends a billion dollars on a hunch.', 'a billion dollars', 1_000_000_000, 'USD', 1_000_000_000],
  ['The grocer was sold for $1bn in cash.', '$1bn', 1_000_000_000, 'USD', 1_000_000_000],
  ['The museum got 5 million dollars from a donor.', '5 million dollars', 5_000_000, 'USD', 5_000_000],
  ['The deal was worth 34 billion US dollars in all.', '34 billion US dollars', 34_000_000_000, 'USD', 34_000_000_000],
  ['Shares closed at $38.16 on Friday.', '$38.16', 38.16, 'USD', 38.16],
  ['The fintech raised Rs 1,00,000 from an angel.', 'Rs 1,00,000', 100_000, 'INR'],
  ['The ministry approved a Rs 1.5 lakh crore plan.', 'Rs 1.5 lakh crore', 1_500_000_000_000, 'INR'],
  ['The campus cost €1,5 million to refit.', '€1,5 million', 1_500_000, 'EUR'],
  ['Riders get a $5-million bonus pool.', '$5-million', 5_000_000, 'USD', 5_000_000],
  ['Brokers predict a 2 trillion-dollar market by 2030.', '2 trillion-dollar', 2_000_000_000_000, 'USD', 2_000_000_000_000],
  ['Old filings show the firm paid Â£13bn for it.', 'Â£13bn', 13_000_000_000, 'GBP'],
];

describe('findMoney: formats', () => {
  it.each(formats)('%s', (sentence, snippet, value, currency, statedUsd) => {
    const m = single(sentence, snippet);
    expect(m.value).toBe(value);
    expect(m.currency).toBe(currency);
    if (statedUsd !== undefined) {
      expect(m.usd).toBe(statedUsd);
      expect(m.usdConverted).toBe(false);
    } else {
      expect(m.usd).toBe(toUsd(value, currency, YEAR));
      expect(m.usdConverted).toBe(true);
    }
  });

  it('finds several amounts in order', () => {
    const text = 'Revenue was $12 million and costs were €9 million.';
    expect(findMoney(text, YEAR).map((m) => m.text)).toEqual(['$12 million', '€9 million']);
  });

  it('converts at the latest table year when the year is null', () => {
    const m = single('The startup raised €90 million.', '€90 million', null);
    expect(m.usd).toBe(toUsd(90_000_000, 'EUR', null));
    expect(m.usdConverted).toBe(true);
  });

  it('leaves usd null for a currency without a rate', () => {
    const m = single('The Dakar port got 40 billion CFA francs.', '40 billion CFA francs');
    expect(m).toMatchObject({ value: 40_000_000_000, currency: 'XOF', usd: null, usdConverted: false });
  });

  it('flags hedged amounts as approximate, without the hedge in the text', () => {
    expect(single('It has raised about $41.5 million to date.', '$41.5 million').approximate).toBe(true);
    expect(single('It has raised more than $2 billion.', '$2 billion').approximate).toBe(true);
    expect(single('It has raised $2 billion.', '$2 billion').approximate).toBeUndefined();
  });
});

describe('findMoney: ranges', () => {
  it.each([
    ['The round could reach $5 million to $10 million next year.', '$5 million to $10 million', 5e6, 10e6],
    ['The startup wants $5-10 million for expansion.', '$5-10 million', 5e6, 10e6],
    ['Bankers priced it between $50M and $60M last week.', '$50M and $60M', 50e6, 60e6],
    ['The group sold stakes worth $2.1-2.3 Bn this year.', '$2.1-2.3 Bn', 2.1e9, 2.3e9],
    ['A buyer may pay $3.5-$4 billion for the unit.', '$3.5-$4 billion', 3.5e9, 4e9],
    ['The city will spend between 5 and 8 million euros on it.', '5 and 8 million euros', 5e6, 8e6],
  ])('%s', (sentence, snippet, low, high) => {
    const m = single(sentence, snippet);
    expect(m).toMatchObject({ value: low, low, high });
  });

  it('does not join a change ("from … to") or a list ("… and …") into a range', () => {
    const change = findMoney('Sales rose from $5 million to $10 million.', YEAR);
    expect(change.map((m) => [m.text, m.low])).toEqual([['$5 million', undefined], ['$10 million', undefined]]);
    const list = findMoney('Losses were $27 million and $31 million, respectively.', YEAR);
    expect(list.map((m) => m.text)).toEqual(['$27 million', '$31 million']);
  });
});
