import { describe, it, expect } from 'vitest';
import { findMoney } from './find-money.js';

/** Checks that `snippet`, set in a neutral sentence, is one mention of `value` units of `code`. */
function expectAmount(snippet: string, code: string, value: number) {
  const text = `The company said it would invest ${snippet} over three years.`;
  const found = findMoney(text, 2021);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const start = text.indexOf(snippet);
  expect(found[0]).toMatchObject({ text: snippet, start, end: start + snippet.length, currency: code, value });
  expect(found[0]!.usd === null || found[0]!.usd > 0).toBe(true);
}

describe('findMoney: currency forms', () => {
  it.each([
    ['$7 million', 'USD'], ['US$7 million', 'USD'], ['USD 7 million', 'USD'], ['7 million US dollars', 'USD'], ['7 million U.S. dollars', 'USD'],
    ['C$7 million', 'CAD'], ['7 million Canadian dollars', 'CAD'], ['CAD 7 million', 'CAD'],
    ['A$7 million', 'AUD'], ['AUD 7 million', 'AUD'], ['S$7 million', 'SGD'], ['SGD 7 million', 'SGD'],
    ['HK$7 million', 'HKD'], ['HKD 7 million', 'HKD'], ['NT$7 million', 'TWD'], ['TWD 7 million', 'TWD'],
    ['NZD 7 million', 'NZD'], ['R$7 million', 'BRL'], ['BRL 7 million', 'BRL'], ['7 million reais', 'BRL'],
    ['€7 million', 'EUR'], ['EUR 7 million', 'EUR'], ['7 million euros', 'EUR'],
    ['£7 million', 'GBP'], ['GBP 7 million', 'GBP'], ['7 million pounds', 'GBP'], ['7 million pounds sterling', 'GBP'],
    ['JPY 7 million', 'JPY'], ['7 million yen', 'JPY'],
    ['RMB 7 million', 'CNY'], ['CNY 7 million', 'CNY'], ['7 million yuan', 'CNY'], ['7 million renminbi', 'CNY'],
    ['₹7 million', 'INR'], ['Rs 7 million', 'INR'], ['Rs. 7 million', 'INR'], ['INR 7 million', 'INR'], ['7 million rupees', 'INR'],
    ['₩7 million', 'KRW'], ['KRW 7 million', 'KRW'], ['7 million won', 'KRW'],
    ['₽7 million', 'RUB'], ['RUB 7 million', 'RUB'], ['7 million rubles', 'RUB'], ['7 million roubles', 'RUB'],
    ['CHF 7 million', 'CHF'], ['7 million Swiss francs', 'CHF'],
    ['SEK 7 million', 'SEK'], ['7 million kronor', 'SEK'], ['7 million krona', 'SEK'], ['NOK 7 million', 'NOK'], ['DKK 7 million', 'DKK'],
    ['AED 7 million', 'AED'], ['7 million dirhams', 'AED'], ['SAR 7 million', 'SAR'], ['7 million riyals', 'SAR'],
    ['₦7 million', 'NGN'], ['7 million naira', 'NGN'], ['ZAR 7 million', 'ZAR'], ['7 million rand', 'ZAR'],
    ['TRY 7 million', 'TRY'], ['7 million lira', 'TRY'], ['IDR 7 million', 'IDR'], ['7 million rupiah', 'IDR'],
    ['VND 7 million', 'VND'], ['7 million dong', 'VND'], ['PHP 7 million', 'PHP'], ['7 million pesos', 'PHP'],
    ['MXN 7 million', 'MXN'], ['7 million Mexican pesos', 'MXN'], ['KES 7 million', 'KES'], ['7 million shillings', 'KES'],
    ['THB 7 million', 'THB'], ['7 million baht', 'THB'], ['MYR 7 million', 'MYR'], ['7 million ringgit', 'MYR'],
    ['PLN 7 million', 'PLN'], ['7 million zloty', 'PLN'], ['ILS 7 million', 'ILS'], ['7 million shekels', 'ILS'],
  ])('%s → %s', (snippet, code) => expectAmount(snippet, code, 7_000_000));

  it('reads "¥" as yuan near a Chinese cue, as yen otherwise', () => {
    const cn = findMoney('The Shenzhen chipmaker raised ¥2 billion in its second round.', 2021);
    expect(cn[0]).toMatchObject({ text: '¥2 billion', currency: 'CNY' });
    const jp = findMoney('The Kyoto robot maker raised ¥2 billion in its second round.', 2021);
    expect(jp[0]).toMatchObject({ text: '¥2 billion', currency: 'JPY' });
  });

  it('reads ambiguous words by the nearest country cue', () => {
    expect(findMoney('A Mexican lender raised 5 billion pesos.', 2021)[0]?.currency).toBe('MXN');
    expect(findMoney('Oslo-based Equinor booked 8 billion crowns.', 2021)[0]?.currency).toBe('NOK');
    expect(findMoney('The Karachi utility borrowed Rs 5 billion.', 2021)[0]?.currency).toBe('PKR');
    expect(findMoney('A Doha developer paid 5 billion riyals.', 2021)[0]?.currency).toBe('QAR');
  });
});

describe('findMoney: scale words', () => {
  it.each([
    ['$7k', 7e3], ['$7K', 7e3], ['$7 thousand', 7e3], ['$7M', 7e6], ['$7m', 7e6], ['$7mn', 7e6], ['$7 mln', 7e6],
    ['$7 million', 7e6], ['$7B', 7e9], ['$7b', 7e9], ['$7bn', 7e9], ['$7 billion', 7e9], ['$7 trillion', 7e12], ['$7tn', 7e12],
    ['Rs 7 lakh', 7e5], ['Rs 7 lac', 7e5], ['Rs 7 crore', 7e7], ['Rs 7 cr', 7e7], ['Rs 7 Cr', 7e7], ['$7 Mn', 7e6], ['$7 Bn', 7e9],
  ])('%s', (snippet, value) => expectAmount(snippet, snippet.startsWith('Rs') ? 'INR' : 'USD', value));
});
