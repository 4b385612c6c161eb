import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.js';

const companies = (title: string, body: string) => extractArticle({ id: 'c', title, body, published: '2023-03-01' }).companies;
const names = (title: string, body: string) => companies(title, body).map((c) => c.name);

describe('recognition cues (sentences written for these tests)', () => {
  it('accepts a name that "said in a statement"', () => {
    expect(names('Update', 'Later on Tuesday, Corvalis said in a statement that the outage was over.')).toEqual(['Corvalis']);
  });

  it('accepts a name whose CEO speaks, and keeps the possessive off it', () => {
    const found = names('Update', 'Plainview’s CEO Dana Roe told staff the plan would go ahead.');
    expect(found).toContain('Plainview');
    expect(found).not.toContain('Dana Roe');
  });

  it('accepts "the X-based startup Y" and leaves the place out', () => {
    expect(names('Update', 'The Lyon-based startup Velmora has hired 30 engineers.')).toEqual(['Velmora']);
  });

  it('takes nothing from title-case headline words alone', () => {
    expect(names('Markets Rally As Investors Cheer Strong Earnings', 'Stocks rose on Monday.')).toEqual([]);
  });

  it('does not take a capitalised sentence opening for a name', () => {
    expect(names('Update', 'Meanwhile the index fell. Consequently traders sold. Separately, bonds rallied.')).toEqual([]);
  });

  it('treats states, provinces and regions as places, not partners', () => {
    const found = names('Plant plans', 'Norvik Motors will build the plant in Bavaria after North Rhine-Westphalia, Baden-Württemberg, '
      + 'Thuringia and Hesse also bid. It works with Catalonia and Lombardy, and with Zhejiang and Maharashtra.');
    expect(found).toEqual(['Norvik Motors']);
  });

  it('reads "Dearborn, Michigan-based" as a place', () => {
    expect(names('Update', 'The Fenwick, Michigan-based company, Ardent Parts, hired 200 people.')).not.toContain('Fenwick');
  });

  it('keeps "Securities and Exchange Commission" one body rather than two names', () => {
    const found = names('Update', 'Tallis Corp told the U.S. Securities and Exchange Commission that it would restate its results.');
    expect(found).not.toContain('Exchange Commission');
    expect(found).not.toContain('U.S. Securities');
  });

  it('strips an ownership adjective from the front of a name', () => {
    expect(names('Update', 'State Owned Harbin Post Group is investing in Velmora.')).toContain('Harbin Post Group');
  });

  it('folds a legal suffix: "Tallis Corp." and "Tallis" are one company', () => {
    const found = companies('Update', 'Tallis Corp. reported higher sales. Tallis said demand was strong.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toBe(2);
  });
});
