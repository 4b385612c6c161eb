import type { ArticleInput, Deal, Extraction } from '../../src/extract/types.js';

/** Articles written for the tests, with the extraction a test wants stored for each (the store is tested apart from the extractor). */
export const articleA: ArticleInput = {
  id: 'fixture-a', title: 'Orbitwell raises $20 million Series B led by Tallgrass Ventures',
  body: 'Orbitwell, a Lisbon-based startup, has raised $20 million in a Series B round led by Tallgrass Ventures. Fennick Capital also joined.',
  url: 'https://example.invalid/a', published: '2024-03-05T10:00:00Z',
};
export const articleB: ArticleInput = {
  id: 'fixture-b', title: 'Tallgrass backs Orbitwell again',
  body: 'Orbitwell Inc. said it closed a $22 million Series B from Tallgrass Ventures and Fennick Capital.',
  url: 'https://example.invalid/b', published: '2024-03-20T10:00:00Z',
};
export const articleC: ArticleInput = {
  id: 'fixture-c', title: 'Marrowby acquires Quenta for €40 million',
  body: 'Marrowby agreed to acquire Quenta for €40 million, the companies said on Tuesday.',
  url: null, published: '2025-01-10T08:00:00Z',
};

export const articleD: ArticleInput = {
  id: 'fixture-d', title: 'Orbitwell and Marrowby sign distribution partnership',
  body: 'Orbitwell has partnered with Marrowby to distribute its sensors across Iberia.',
  url: 'https://example.invalid/d', published: '2024-06-01T09:00:00Z',
};
/** Names that a spreadsheet would read as formulas, and a low-confidence deal. */
export const articleE: ArticleInput = {
  id: 'fixture-e', title: 'Quenta gets seed money from unusual backers',
  body: 'Quenta raised $3 million in seed funding from =Eqlabs, +Plus Co, -Minus AG and @At Ventures.',
  url: 'https://example.invalid/e', published: '2023-11-01T09:00:00Z',
};

const deal = (d: Partial<Deal> & Pick<Deal, 'type' | 'subject' | 'evidence'>): Deal => ({
  counterparties: [], leadInvestors: [], amount: null, round: null, status: 'completed', salience: 'main',
  evidenceStart: 0, evidenceEnd: d.evidence.length, confidence: 0.8, ...d,
});

export const extractions: Record<string, Extraction> = {
  'fixture-a': {
    id: 'fixture-a', title: articleA.title, money: [],
    companies: [
      { name: 'Orbitwell', aliases: ['Orbitwell'], mentions: 2, confidence: 0.9 },
      { name: 'Tallgrass Ventures', aliases: ['Tallgrass Ventures', 'Tallgrass'], mentions: 2, confidence: 0.9 },
      { name: 'Fennick Capital', aliases: ['Fennick Capital'], mentions: 1, confidence: 0.9 },
    ],
    deals: [deal({
      type: 'funding', subject: 'Orbitwell', counterparties: ['Tallgrass Ventures', 'Fennick Capital'], leadInvestors: ['Tallgrass Ventures'],
      amount: { value: 20e6, currency: 'USD', usd: 20e6, usdConverted: false }, round: 'Series B', evidence: articleA.body.split('. ')[0]!,
    })],
  },
  'fixture-b': {
    id: 'fixture-b', title: articleB.title, money: [],
    companies: [
      { name: 'Orbitwell Inc.', aliases: ['Orbitwell Inc.', 'Orbitwell'], mentions: 2, confidence: 0.9 },
      { name: 'Tallgrass Ventures', aliases: ['Tallgrass Ventures', 'Tallgrass'], mentions: 2, confidence: 0.9 },
      { name: 'Fennick Capital', aliases: ['Fennick Capital'], mentions: 1, confidence: 0.9 },
    ],
    deals: [deal({
      type: 'funding', subject: 'Orbitwell Inc.', counterparties: ['Tallgrass Ventures', 'Fennick Capital'],
      amount: { value: 22e6, currency: 'USD', usd: 22e6, usdConverted: false }, round: 'Series B', evidence: articleB.body,
    })],
  },
  'fixture-c': {
    id: 'fixture-c', title: articleC.title, money: [],
    companies: [
      { name: 'Marrowby', aliases: ['Marrowby'], mentions: 2, confidence: 0.8 },
      { name: 'Quenta', aliases: ['Quenta'], mentions: 2, confidence: 0.8 },
    ],
    deals: [deal({
      type: 'acquisition', subject: 'Quenta', counterparties: ['Marrowby'], status: 'announced',
      amount: { value: 40e6, currency: 'EUR', usd: 43.2e6, usdConverted: true }, evidence: articleC.body,
    })],
  },
};

extractions['fixture-d'] = {
  id: 'fixture-d', title: articleD.title, money: [],
  companies: [
    { name: 'Orbitwell', aliases: ['Orbitwell'], mentions: 1, confidence: 0.9 },
    { name: 'Marrowby', aliases: ['Marrowby'], mentions: 1, confidence: 0.9 },
  ],
  deals: [deal({ type: 'partnership', subject: null, counterparties: ['Orbitwell', 'Marrowby'], evidence: articleD.body })],
};
const oddNames = ['=Eqlabs', '+Plus Co', '-Minus AG', '@At Ventures'];
extractions['fixture-e'] = {
  id: 'fixture-e', title: articleE.title, money: [],
  companies: [{ name: 'Quenta', aliases: ['Quenta'], mentions: 1, confidence: 0.9 }, ...oddNames.map((name) => ({ name, aliases: [name], mentions: 1, confidence: 0.4 }))],
  deals: [deal({
    type: 'funding', subject: 'Quenta', counterparties: oddNames, round: 'Seed', confidence: 0.3,
    amount: { value: 3e6, currency: 'USD', usd: 3e6, usdConverted: false }, evidence: articleE.body,
  })],
};

export const allFixtureArticles = [articleA, articleB, articleC, articleD, articleE];

/** Extraction by lookup: throws for an article the fixtures do not cover. */
export function fixtureExtract(a: ArticleInput): Extraction {
  const e = extractions[a.id];
  if (!e) throw new Error(`no fixture extraction for ${a.id}`);
  return { ...e, title: a.title };
}
