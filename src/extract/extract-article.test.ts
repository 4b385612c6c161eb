import { describe, expect, it } from 'vitest';
import { articleText } from './article-text.js';
import { extractArticle } from './extract-article.js';

const article = {
  id: 'a1',
  title: 'Zorbex raises $12M to grow in Kenya',
  body: 'Zorbex, a Nairobi-based logistics startup, has raised $12 million in a Series A round led by Quillon Capital.\n\nThe company was founded by Amara Wanjiku in 2019. Velquist Holdings acquired Tarnwick Labs in 2017.',
  published: '2020-02-03',
};

describe('extractArticle', () => {
  it('finds companies, money and deals with offsets into the article text', () => {
    const x = extractArticle(article);
    const text = articleText(article);
    expect(x.id).toBe('a1');
    expect(x.companies.map((c) => c.name)).toEqual(expect.arrayContaining(['Zorbex', 'Quillon Capital', 'Velquist Holdings', 'Tarnwick Labs']));
    expect(x.companies.map((c) => c.name)).not.toContain('Amara Wanjiku');
    for (const m of x.money) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const d of x.deals) expect(text.slice(d.evidenceStart, d.evidenceEnd)).toBe(d.evidence);
    const funding = x.deals.find((d) => d.type === 'funding');
    expect(funding).toMatchObject({ subject: 'Zorbex', round: 'Series A', counterparties: ['Quillon Capital'], salience: 'main' });
    expect(x.deals.find((d) => d.type === 'acquisition')).toMatchObject({ subject: 'Tarnwick Labs', salience: 'background' });
    for (const c of [...x.companies, ...x.deals]) expect(c.confidence).toBeGreaterThanOrEqual(0);
  });

  it('is deterministic whatever was read before', () => {
    const first = extractArticle(article);
    extractArticle({ id: 'b', title: 'Other', body: 'Marlowe Ventures backed Quillpay and Norvane.' });
    expect(extractArticle(article)).toEqual(first);
  });

  it('copes with an empty article', () => {
    expect(extractArticle({ id: 'e', title: '', body: '' })).toMatchObject({ companies: [], deals: [], money: [] });
  });
});
