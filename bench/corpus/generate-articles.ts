import type { ArticleInput } from '../../src/extract/types.js';
import type { BenchCompany } from './companies.js';
import { Rng } from './rng.js';
import * as T from './templates.js';

export type ArticleKind = 'funding' | 'acquisition' | 'partnership' | 'news';

const KINDS: [ArticleKind, number][] = [['funding', 0.3], ['acquisition', 0.12], ['partnership', 0.13], ['news', 0.45]];

function amount(rng: Rng, kind: ArticleKind): string {
  const millions = kind === 'acquisition' ? rng.int(20, 4000) : rng.int(1, 300);
  const currency = rng.pick(['$', '$', '$', '€', '£']);
  return millions >= 1000 ? `${currency}${(millions / 1000).toFixed(1)} billion` : `${currency}${millions} million`;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * `count` articles of 300–900 words over `companies`, mixing funding rounds, acquisitions, partnerships and other news;
 * deterministic from `seed`, dated over 2024–2025. Popular companies appear much more often than the rest.
 */
export function* generateArticles(companies: BenchCompany[], count: number, seed: number): Generator<ArticleInput & { kind: ArticleKind }> {
  const rng = new Rng(seed);
  const investors = companies.filter((c) => c.investor);
  const operating = companies.filter((c) => !c.investor);
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    let r = rng.next();
    const kind = KINDS.find(([, p]) => (r -= p) < 0)?.[0] ?? 'news';
    const a = operating[rng.skewed(operating.length)]!;
    const b = kind === 'funding' ? investors[rng.skewed(investors.length)]! : operating[rng.skewed(operating.length)]!;
    const c = kind === 'funding' ? investors[rng.skewed(investors.length)]! : operating[rng.skewed(operating.length)]!;
    const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_m, k: string) => {
      switch (k) {
        case 'a': return a.name;
        case 'b': return b.name;
        case 'c': return c.name;
        case 'amount': return amount(rng, kind);
        case 'round': return rng.pick(T.ROUNDS);
        case 'city': return a.city;
        case 'sector': return a.sector;
        case 'day': return rng.pick(T.DAYS);
        default: return String(rng.int(3, 90));
      }
    });
    const [leads, titles] = kind === 'funding' ? [T.FUNDING_LEADS, T.FUNDING_TITLES] : kind === 'acquisition' ? [T.ACQUISITION_LEADS, T.ACQUISITION_TITLES]
      : kind === 'partnership' ? [T.PARTNERSHIP_LEADS, T.PARTNERSHIP_TITLES] : [T.NEWS_LEADS, T.NEWS_TITLES];
    const target = rng.int(300, 900);
    const paragraphs = [fill(rng.pick(leads))];
    let n = words(paragraphs[0]!);
    while (n < target) {
      let p = '';
      for (let k = rng.int(2, 4); k > 0; k--) p += `${p ? ' ' : ''}${fill(rng.pick(T.FILLER))}`;
      if (n >= 300 && n + words(p) > 900) break;
      paragraphs.push(p);
      n += words(p);
    }
    const published = new Date(start + rng.int(0, 729) * 86_400_000 + rng.int(0, 86_399) * 1000);
    yield {
      id: `bench-${seed}-${i}`, kind, title: fill(rng.pick(titles)), body: paragraphs.join('\n\n'),
      url: `https://news.example/${published.toISOString().slice(0, 10)}/${i}`, published: published.toISOString(), author: null,
    };
  }
}
