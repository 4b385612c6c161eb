import { describe, expect, it } from 'vitest';
import { readTokens } from './read-tokens.js';

describe('readTokens', () => {
  it('gives offsets into the text and joins glued names', () => {
    const text = 'Title line\n\nVelo.Net and Kor-Tek met Canal+ today. Second one.';
    const r = readTokens(text);
    for (const t of r.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(r.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Velo.Net', 'Kor-Tek', 'Canal+']));
  });

  it('splits sentences at line breaks and full stops but not after abbreviations', () => {
    const r = readTokens('A heading\n\nMr. Dunmore joined Quillon Inc. last year. He left.');
    const texts = r.sentences.map((s) => r.text.slice(s.start, s.end));
    expect(texts).toEqual(['A heading', 'Mr. Dunmore joined Quillon Inc. last year.', 'He left.']);
    expect(r.sentences[0]!.paragraph).toBe(0);
    expect(r.sentences[1]!.paragraph).toBeGreaterThan(0);
  });

  it('ends a sentence after an amount such as "$5M."', () => {
    const r = readTokens('x\n\nZorbex raised $5M. The round closed.');
    expect(r.sentences).toHaveLength(3);
  });
});
