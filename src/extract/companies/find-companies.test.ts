import { describe, expect, it } from 'vitest';
import { readTokens } from '../read-tokens.js';
import { findCompanies } from './find-companies.js';

const names = (body: string, title = 'A title'): string[] =>
  findCompanies(readTokens(`${title}\n\n${body}`)).companies.map((c) => c.name);

describe('company recognition cues', () => {
  it('accepts names ending in an organisation word', () => {
    expect(names('The deal was signed by Quillon Capital and Tarnwick Labs on a quiet day.')).toEqual(
      expect.arrayContaining(['Quillon Capital', 'Tarnwick Labs']));
  });

  it('accepts unknown capitalised words used mid-sentence', () => {
    expect(names('Analysts compared Zorbex with Velquist in the report.')).toEqual(expect.arrayContaining(['Zorbex', 'Velquist']));
  });

  it('accepts a dictionary word with an appositive ", a ... startup"', () => {
    expect(names('Lantern, a Berlin-based startup, has raised $4 million.')).toContain('Lantern');
  });

  it('accepts names after "led by" and "acquired"', () => {
    const found = names('The round was led by Harbor and the firm acquired Ember last year.');
    expect(found).toEqual(expect.arrayContaining(['Harbor', 'Ember']));
  });

  it('rejects people: first names, titles and speech verbs', () => {
    const found = names('“We grew,” said John Whitlock, CEO of Zorbex. Chief executive Priya Ramanathan said Zorbex grew.');
    expect(found).toContain('Zorbex');
    expect(found).not.toContain('John Whitlock');
    expect(found).not.toContain('Priya Ramanathan');
  });

  it('rejects a surname used alone once the full name is a person', () => {
    const found = names('Zorbex hired Daniel Okafor last year. Okafor told reporters the plan works.');
    expect(found).not.toContain('Okafor');
  });

  it('rejects places, nationalities, months and weekdays', () => {
    const found = names('Zorbex expanded from Singapore to Southeast Asia in March, a Chinese rival said on Monday.');
    expect(found).toEqual(['Zorbex']);
  });

  it('rejects the "X-based" place', () => {
    expect(names('Kavlo-based Zorbex grew fast.')).not.toContain('Kavlo');
  });

  it('never keeps possessives or punctuation on a name and splits "X’s Y"', () => {
    const found = names('Investors praised Zorbex’s Quillpay unit, and Velquist’s shares rose.');
    expect(found).toEqual(expect.arrayContaining(['Zorbex', 'Quillpay', 'Velquist']));
    expect(found.some((n) => /’|'|,/.test(n))).toBe(false);
  });

  it('spreads one sense per document and through lists', () => {
    const found = names('Backers include Harbor, Zorbex and Tarnwick Labs. Later, Harbor grew.');
    expect(found).toEqual(expect.arrayContaining(['Harbor', 'Zorbex', 'Tarnwick Labs']));
  });
});

describe('within-article resolution', () => {
  it('merges a short name into its fuller "Group" form and counts mentions', () => {
    const { companies } = findCompanies(readTokens('T\n\nZorbex Group reported results. Later Zorbex hired staff. Zorbex grew.'));
    const z = companies.find((c) => c.name === 'Zorbex Group');
    expect(z?.aliases).toEqual(expect.arrayContaining(['Zorbex Group', 'Zorbex']));
    expect(z?.mentions).toBe(3);
    expect(companies).toHaveLength(1);
  });

  it('merges an acronym introduced in parentheses', () => {
    const { companies } = findCompanies(readTokens('T\n\nThe Northern Quarry Investment Fund (NQIF) agreed. Later NQIF paid.'));
    expect(companies).toHaveLength(1);
    expect(companies[0]!.aliases).toContain('NQIF');
  });

  it('keeps a named unit apart from its parent', () => {
    const found = names('Zorbex said Zorbex Cloud grew while Zorbex shares fell.');
    expect(found).toEqual(expect.arrayContaining(['Zorbex', 'Zorbex Cloud']));
  });
});

describe('more cues', () => {
  it('treats every name in a byline as a person', () => {
    const found = names('Zorbex grew. Reporting by Tomasz Wielicki and Ines Marquard; Editing by Olu Adebayo.');
    expect(found).toEqual(['Zorbex']);
  });

  it('reads "X founder Y" and "X CEO Y" as an organisation and a person', () => {
    const found = names('Prices rose, Brindle founder Kasimir Odde told reporters.');
    expect(found).toContain('Brindle');
    expect(found).not.toContain('Kasimir Odde');
  });

  it('merges a name given with "known as"', () => {
    const { companies } = findCompanies(readTokens('T\n\nQuorvex Health, known as Quorvex Yaofang in Chinese, expanded. Quorvex Yaofang grew.'));
    expect(companies).toHaveLength(1);
  });

  it('keeps hyphenated nationalities and dotted places out', () => {
    expect(names('The Anglo-Dutch group Zorbex moved to L.A. last year.')).toEqual(['Zorbex']);
  });
});
