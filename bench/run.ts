// npm run bench: extraction throughput next to bare wink-nlp readDoc on the same text, in the same run.
// Corpus: the project's own demo articles (demo/articles.json), repeated; `--rounds N` sets the repeats.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { articleText } from '../src/extract/article-text.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { ArticleInput } from '../src/extract/types.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Math.max(1, Number(values.rounds));
const corpus = (JSON.parse(readFileSync(new URL('../demo/articles.json', import.meta.url), 'utf8')) as { articles: ArticleInput[] }).articles;
const texts = corpus.map(articleText);
const bare = winkNLP(model);
const tokens = texts.reduce((n, t) => n + bare.readDoc(t).tokens().length(), 0);

function measure(label: string, fn: () => void): { label: string; articlesPerSec: number; tokensPerSec: number } {
  fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) fn();
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, articlesPerSec: (corpus.length * rounds) / secs, tokensPerSec: (tokens * rounds) / secs };
}

const readDoc = measure('wink-nlp readDoc alone (reference)', () => { for (const t of texts) bare.readDoc(t); });
const extraction = measure('news-intel extractArticle', () => { for (const a of corpus) extractArticle(a); });

console.log(`corpus: ${corpus.length} articles, ${tokens} tokens, ${rounds} rounds, node ${process.version}, one core`);
console.log('| figure | articles/s | tokens/s |\n|---|---:|---:|');
for (const m of [readDoc, extraction]) console.log(`| ${m.label} | ${m.articlesPerSec.toFixed(1)} | ${Math.round(m.tokensPerSec)} |`);
const ratio = extraction.articlesPerSec / readDoc.articlesPerSec;
console.log(`\nextraction speed / readDoc speed = ${ratio.toFixed(2)} (target >= 0.33: ${ratio >= 1 / 3 ? 'met' : 'NOT met'})`);
