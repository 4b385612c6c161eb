import type { ArticleInput } from '../../src/extract/types.js';
import { seededRandom as seeded } from '../../src/ingest/schedule/seeded-random.js';


// Invented name parts, written for these tests: the names they make are fictional.
const HEADS = ['Vel', 'Quor', 'Brim', 'Tass', 'Orl', 'Fen', 'Mar', 'Cald', 'Sorn', 'Hext', 'Dunn', 'Pell', 'Ravel', 'Trist', 'Ymber', 'Galt'];
const MIDS = ['', 'an', 'el', 'or', 'is', 'um'];
const TAILS = ['ora', 'ique', 'ante', 'wick', 'mere', 'ivo', 'aris', 'onde', 'ulo', 'esta', 'arrow', 'ith'];
const KINDS = ['Robotics', 'Labs', 'Health', 'Systems', 'Energy', 'Analytics', 'Foods', 'Logistics'];
const FIRMS = ['Ventures', 'Capital', 'Partners'];
const CITIES = ['Lisbon', 'Tallinn', 'Porto', 'Leeds', 'Utrecht', 'Bergen', 'Lyon', 'Gdansk'];
const ROUNDS = ['Seed', 'Series A', 'Series B', 'Series C'];
const FILLERS = [
  'The company plans to hire engineers and open a second office.',
  'Customers include regional hospitals and logistics firms.',
  'The round brings its total funding to date to a new high.',
  'Its chief executive said demand had doubled over the past year.',
  'The startup was founded four years ago by two former researchers.',
];

export interface GeneratedDeal { subject: string; investor: string; round: string; millions: number; day: string }

/**
 * `count` short news articles about invented companies: each funding round is reported by several articles (different
 * wording, dates a few days apart), so one deal has many sources. Deterministic for a seed.
 */
export function generateArticles(count: number, seed = 7): { articles: ArticleInput[]; deals: GeneratedDeal[] } {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const used = new Set<string>();
  const name = (suffixes: readonly string[]) => {
    for (;;) {
      const n = `${pick(HEADS)}${pick(MIDS)}${pick(TAILS)} ${pick(suffixes)}`;
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  const investors = Array.from({ length: 40 }, () => name(FIRMS));
  const deals: GeneratedDeal[] = [];
  const articles: ArticleInput[] = [];
  while (articles.length < count) {
    const subject = name(KINDS);
    const round = pick(ROUNDS);
    const day = new Date(Date.UTC(2024, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 20)));
    const d: GeneratedDeal = { subject, investor: pick(investors), round, millions: 2 + Math.floor(rnd() * 90), day: day.toISOString().slice(0, 10) };
    deals.push(d);
    const reports = 3 + Math.floor(rnd() * 6);
    for (let r = 0; r < reports && articles.length < count; r++) {
      const n = articles.length;
      const published = new Date(day.getTime() + r * 86_400_000).toISOString();
      const city = pick(CITIES);
      const lead = r % 2 === 0
        ? `${d.subject}, a ${city}-based startup, has raised $${d.millions} million in a ${d.round} round led by ${d.investor}.`
        : `${d.investor} led a $${d.millions} million ${d.round} round in ${d.subject}, the ${city} company said on Tuesday.`;
      articles.push({
        id: `gen-${seed}-${n}`, url: `https://wire.example/gen/${seed}/${n}`, published,
        title: r % 2 === 0 ? `${d.subject} raises $${d.millions} million ${d.round}` : `${d.investor} backs ${d.subject}`,
        body: `${lead} ${pick(FILLERS)} ${pick(FILLERS)} (Report ${n}.)`,
      });
    }
  }
  return { articles, deals };
}
