// Extraction throughput next to bare wink-nlp readDoc on the same text, in the same run.
// Corpus: the project's own demo articles (demo/articles.json), repeated `rounds` times.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { articleText } from '../src/extract/article-text.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { ArticleInput } from '../src/extract/types.js';

export function extractionBench(rounds: number): string[] {
  const corpus = (JSON.parse(readFileSync(new URL('../demo/articles.json', import.meta.url), 'utf8')) as { articles: ArticleInput[] }).articles;
  const texts = corpus.map(articleText);
  const bare = winkNLP(model);
  const tokens = texts.reduce((n, t) => n + bare.readDoc(t).tokens().length(), 0);
  const measure = (label: string, fn: () => void) => {
    fn(); // warm-up
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) fn();
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    return { label, articlesPerSec: (corpus.length * rounds) / secs, tokensPerSec: (tokens * rounds) / secs };
  };
  const readDoc = measure('wink-nlp readDoc alone (reference)', () => { for (const t of texts) bare.readDoc(t); });
  const extraction = measure('news-intel extractArticle', () => { for (const a of corpus) extractArticle(a); });
  const ratio = extraction.articlesPerSec / readDoc.articlesPerSec;
  return [
    `extraction: ${corpus.length} articles, ${tokens} tokens, ${rounds} rounds, one core`,
    '| figure | articles/s | tokens/s |', '|---|---:|---:|',
    ...[readDoc, extraction].map((m) => `| ${m.label} | ${m.articlesPerSec.toFixed(1)} | ${Math.round(m.tokensPerSec)} |`),
    `extraction speed / readDoc speed = ${ratio.toFixed(2)} (target >= 0.33: ${ratio >= 1 / 3 ? 'met' : 'NOT met'})`,
  ];
}
