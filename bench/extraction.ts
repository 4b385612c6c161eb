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
  // The two are timed article by article, alternating, so that load from elsewhere on the machine hits both alike.
  let readDocNs = 0n;
  let extractNs = 0n;
  for (const a of corpus) { bare.readDoc(articleText(a)); extractArticle(a); } // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [i, a] of corpus.entries()) {
      const t0 = process.hrtime.bigint();
      bare.readDoc(texts[i]!);
      const t1 = process.hrtime.bigint();
      extractArticle(a);
      const t2 = process.hrtime.bigint();
      readDocNs += t1 - t0;
      extractNs += t2 - t1;
    }
  }
  const figure = (label: string, ns: bigint) => {
    const secs = Number(ns) / 1e9;
    return { label, articlesPerSec: (corpus.length * rounds) / secs, tokensPerSec: (tokens * rounds) / secs };
  };
  const readDoc = figure('wink-nlp readDoc alone (reference)', readDocNs);
  const extraction = figure('news-intel extractArticle', extractNs);
  const ratio = extraction.articlesPerSec / readDoc.articlesPerSec;
  return [
    `extraction: ${corpus.length} articles, ${tokens} tokens, ${rounds} rounds, one core`,
    '| figure | articles/s | tokens/s |', '|---|---:|---:|',
    ...[readDoc, extraction].map((m) => `| ${m.label} | ${m.articlesPerSec.toFixed(1)} | ${Math.round(m.tokensPerSec)} |`),
    `extraction speed / readDoc speed = ${ratio.toFixed(2)} (target >= 0.33: ${ratio >= 1 / 3 ? 'met' : 'NOT met'})`,
  ];
}
