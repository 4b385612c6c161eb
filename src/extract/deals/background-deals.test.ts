import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.js';
import type { Deal } from '../types.js';

const deals = (title: string, body: string, published = '2022-06-15'): Deal[] =>
  extractArticle({ id: 't', title, body, published }).deals;

describe('deals mentioned in passing', () => {
  it('gives "it raised" and "after the company raised" the company the article is about', () => {
    const found = deals('Ferrowick lists in Frankfurt', 'Ferrowick made its market debut on Friday.\n\n'
      + 'Amid the downturn, when the company said its usage fell sharply, it raised $40 million from Halden Capital.\n\n'
      + 'This comes a year after the company raised $9 million in a seed round from Orbis Ventures.');
    const funding = found.filter((d) => d.type === 'funding');
    expect(funding.map((d) => [d.subject, d.amount?.value, d.counterparties])).toEqual([
      ['Ferrowick', 40e6, ['Halden Capital']], ['Ferrowick', 9e6, ['Orbis Ventures']]]);
  });

  it('keeps the topic through a sentence whose subject is a pronoun', () => {
    const found = deals('Ferrowick lists', 'Ferrowick made its market debut on Friday.\n\nIts financing grew quickly, led by Halden Capital.\n\n'
      + 'In 2019, it spent $30 million to acquire Tessaro, a parts maker.');
    expect(found.find((d) => d.type === 'acquisition')).toMatchObject({ subject: 'Tessaro', counterparties: ['Ferrowick'] });
  });

  it('reads two rounds of one company in one sentence, the earlier one in a parenthesis', () => {
    const found = deals('Weekly', 'Quillmark, a three-year-old Paris-based game studio (which landed $20 million in Series A funding led by Orbis Ventures back in March), '
      + 'just announced $150 million in Series B funding led by Halden Capital.');
    const b = found.find((d) => d.round === 'Series B');
    const a = found.find((d) => d.round === 'Series A');
    expect(b).toMatchObject({ subject: 'Quillmark', leadInvestors: ['Halden Capital'], salience: 'main' });
    expect(b!.amount?.value).toBe(150e6);
    expect(a).toMatchObject({ subject: 'Quillmark', leadInvestors: ['Orbis Ventures'], salience: 'background' });
    expect(a!.amount?.value).toBe(20e6);
    expect(found.indexOf(b!)).toBeLessThan(found.indexOf(a!));
  });

  it('reads "agreed to inject $6.5 billion in debt and equity into X"', () => {
    const [d] = deals('Rescue', 'Halden Group agreed to inject $2.5 billion in debt and equity into Ferrowick last month.');
    expect(d).toMatchObject({ type: 'funding', subject: 'Ferrowick', counterparties: ['Halden Group'] });
    expect(d!.amount?.value).toBe(2.5e9);
  });

  it('splits past investments given as examples into one deal per investor, apart from the news', () => {
    const found = deals('Orbis Ventures invests in Ferrowick', 'Orbis Ventures is investing in Ferrowick for an undisclosed amount.\n\n'
      + 'Ferrowick has previously obtained investment from companies such as Halden Capital, Tessaro Bank and Quillmark Holdings.');
    const funding = found.filter((d) => d.type === 'funding' && d.subject === 'Ferrowick');
    expect(funding.map((d) => d.counterparties)).toEqual([['Orbis Ventures'], ['Halden Capital'], ['Tessaro Bank'], ['Quillmark Holdings']]);
    expect(funding.slice(1).every((d) => d.salience === 'background')).toBe(true);
  });

  it('does not take a company reporting its results as a cited source', () => {
    const found = deals('Markets', 'Ferrowick reported a quarterly net loss of $1.2 billion. Still, Ferrowick’s stock is down 38% this year and remains below its 2019 IPO price.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'ipo', subject: 'Ferrowick' }));
  });

  it('reads a sentence broken over two lines as one', () => {
    const found = deals('Weekly', 'Quillmark, a Paris-based\ngame studio, has raised $20 million in a Series A round led by Orbis Ventures.');
    expect(found[0]).toMatchObject({ subject: 'Quillmark', round: 'Series A' });
  });
});

describe('totals and valuations', () => {
  it('never takes a total raised to date for a deal', () => {
    for (const body of ['Ferrowick has raised about €85 million so far.', 'To date, Ferrowick has raised $45 million from investors.',
      'Ferrowick, which has raised more than $100 million from Halden Capital since 2015, hired a new CFO.',
      'Ferrowick has secured a cumulative $30 million in funding.']) expect(deals('Profile', body), body).toEqual([]);
  });

  it('keeps the round and gives it the total and the valuation as attributes', () => {
    const [d] = deals('Ferrowick raises $10 million', 'Ferrowick raised $10 million led by Halden Capital, bringing its total funding to $25 million.');
    expect(d).toMatchObject({ subject: 'Ferrowick', amount: { value: 10e6 }, totalRaised: { value: 25e6 }, valuation: null });
    const [v] = deals('Ferrowick raises $40 million', 'Ferrowick has raised $40 million in a Series C round led by Halden Capital, valuing the company at $1.2 billion.');
    expect(v).toMatchObject({ amount: { value: 40e6 }, valuation: { value: 1.2e9 }, totalRaised: null });
  });
});

describe('deal dates', () => {
  const dated = (body: string, published = '2022-06-15') => deals('News', body, published).map((d) => [d.subject, d.salience, d.date ?? null]);

  it('takes a year, a month and year, or a full date the text gives the deal', () => {
    expect(dated('Ferrowick lists.\n\nIn 2019, Ferrowick acquired Tessaro for $30 million.')).toContainEqual(
      ['Tessaro', 'background', { value: '2019-01-01', precision: 'year' }]);
    expect(dated('Ferrowick lists.\n\nHalden Group bought Tessaro in March 2020 for $30 million.')).toContainEqual(
      ['Tessaro', 'background', { value: '2020-03-01', precision: 'month' }]);
    expect(dated('Ferrowick lists.\n\nOn March 3, 2021, Halden Group bought Tessaro for $30 million.')).toContainEqual(
      ['Tessaro', 'background', { value: '2021-03-03', precision: 'day' }]);
  });

  it('reads a month without a year as the latest such month up to the article (an earlier year puts it in the background)', () => {
    expect(dated('In February, Halden Group bought Tessaro for $30 million.', '2022-06-15')).toEqual(
      [['Tessaro', 'main', { value: '2022-02-01', precision: 'month' }]]);
    expect(dated('In November, Halden Group bought Tessaro for $30 million.', '2022-06-15')).toEqual(
      [['Tessaro', 'background', { value: '2021-11-01', precision: 'month' }]]);
  });

  it('leaves a deal undated where the text gives no date', () => {
    expect(dated('Halden Group buys Tessaro', 'Halden Group has agreed to buy Tessaro for $30 million.')).toEqual([['Tessaro', 'main', null]]);
  });
});
