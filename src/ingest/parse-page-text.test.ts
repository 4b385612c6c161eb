import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePageText } from './parse-page-text.js';

const sample = new URL('../../../shared/samples/freshrss-page.txt', import.meta.url);

describe('parsePageText', () => {
  it('splits a pasted page into articles with title, author and paragraphs', () => {
    const page = [
      'My Reader', '', 'There are new available articles', '',
      'Quillby raises $3M for tidal sensors', '', 'By Ana Ferreira', '',
      'Quillby, a Porto startup, raised $3 million.', '', 'By contrast, its rivals raised less this year.', '',
      'Nordvik buys Sandhollow', '', 'By Jon de Vries and Mia Holm', '', 'Nordvik bought Sandhollow on Monday.', '', '❌',
    ].join('\n');
    const articles = parsePageText(page, 'paste.txt');
    expect(articles.map((a) => [a.title, a.author])).toEqual([
      ['Quillby raises $3M for tidal sensors', 'Ana Ferreira'],
      ['Nordvik buys Sandhollow', 'Jon de Vries and Mia Holm'],
    ]);
    expect(articles[0]!.body).toBe('Quillby, a Porto startup, raised $3 million.\n\nBy contrast, its rivals raised less this year.');
    expect(articles[1]!.body).toBe('Nordvik bought Sandhollow on Monday.');
  });

  it('gives the same ids for the same page, and different ids for different articles', () => {
    const page = 'A title\n\nBy Ann Lee\n\nText.\n\nAnother title\n\nBy Bo Li\n\nMore text.';
    const [a, b] = parsePageText(page, 'x');
    expect(parsePageText(page, 'y')[0]!.id).toBe(a!.id);
    expect(a!.id).not.toBe(b!.id);
  });

  it('names the source when no article can be found', () => {
    expect(() => parsePageText('just some text\nwith no bylines', 'notes.txt')).toThrow(/ingest: notes\.txt: no articles found/);
  });

  it.skipIf(!existsSync(sample))('splits the FreshRSS sample page into its 20 articles, keeping "By …" paragraphs in the body', () => {
    const articles = parsePageText(readFileSync(sample, 'utf8'), 'freshrss-page.txt');
    expect(articles).toHaveLength(20);
    expect(articles[2]).toMatchObject({ title: 'Aspire raises $32.5M to help SMEs secure fast finance in Southeast Asia', author: 'Manish Singh' });
    const rideHailing = articles.find((a) => a.title.startsWith('Meituan, Alibaba'))!;
    expect(rideHailing.body).toContain('By corraling various ride-booking services');
    expect(new Set(articles.map((a) => a.id)).size).toBe(20);
    expect(articles.every((a) => a.body.length > 1000)).toBe(true);
    expect(articles.at(-1)!.body).not.toMatch(/❌\s*$/);
  });
});
