import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.js';
import type { KnownCompanies } from '../types.js';
import { knownKey } from './known-key.js';

const article = (body: string) => ({ id: 'k', title: 'Markets wrap', body, published: '2024-02-01' });
const names = (body: string, known?: KnownCompanies) => extractArticle(article(body), known).companies.map((c) => c.name);

describe('companies known from earlier articles', () => {
  const known: KnownCompanies = new Map([
    [knownKey('Brindle Ltd'), { name: 'Brindle Ltd', weight: 3 }],
    [knownKey('Brindle'), { name: 'Brindle Ltd', weight: 3 }],
    [knownKey('Orvane Direct Investment Fund'), { name: 'Orvane Direct Investment Fund', weight: 4 }],
    [knownKey('ODIF'), { name: 'Orvane Direct Investment Fund', weight: 4 }],
  ]);

  it('finds a known name the article gives no cue for, and misses it without the corpus', () => {
    const body = 'The new rules worry Brindle too. Brindle has asked regulators for more time.';
    expect(names(body)).toEqual([]);
    const [c] = extractArticle(article(body), known).companies;
    expect(c).toMatchObject({ name: 'Brindle', known: 'Brindle Ltd', mentions: 2 });
  });

  it('is more sure of a known company', () => {
    const body = 'Shoppers lined up outside Brindle stores on Saturday. Prices at Brindle rose again.';
    const without = extractArticle(article(body)).companies.find((c) => c.name === 'Brindle')?.confidence ?? 0;
    const withKnown = extractArticle(article(body), known).companies.find((c) => c.name === 'Brindle')!.confidence;
    expect(withKnown).toBeGreaterThan(without);
  });

  it('maps an alias the corpus knows to its company and keeps the article’s own forms', () => {
    const body = 'Officials met the Orvane Direct Investment Fund on Monday. Later ODIF said the talks went well.';
    const companies = extractArticle(article(body), known).companies;
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ name: 'Orvane Direct Investment Fund', known: 'Orvane Direct Investment Fund' });
    expect(companies[0]!.aliases).toEqual(expect.arrayContaining(['ODIF', 'Orvane Direct Investment Fund']));
  });

  it('folds case, possessives, punctuation and legal suffixes in the lookup key', () => {
    expect(knownKey('The Brindle Ltd.')).toBe('brindle');
    expect(knownKey('Brindle’s')).toBe('brindle');
    expect(knownKey('BRINDLE, Inc.')).toBe('brindle');
  });

  it('leaves the extraction unchanged for names the corpus does not know', () => {
    const body = 'Zorbex, a Lisbon-based payments startup, has raised $12 million led by Quillon Capital.';
    expect(extractArticle(article(body), known)).toEqual(extractArticle(article(body)));
  });
});
