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
  // The two are timed article by article, alternating, so that load from elsewhere on the machine hits both alike; each is
  // measured in CPU time (process.cpuUsage: this process's user + system time), which waiting for a busy core does not
  // inflate, and in wall time for reference.
  let readDocNs = 0n;
  let extractNs = 0n;
  let readDocCpu = 0;
  let extractCpu = 0;
  const cpu = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
  for (const a of corpus) { bare.readDoc(articleText(a)); extractArticle(a); } // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [i, a] of corpus.entries()) {
      const c0 = cpu();
      const t0 = process.hrtime.bigint();
      bare.readDoc(texts[i]!);
      const t1 = process.hrtime.bigint();
      const c1 = cpu();
      extractArticle(a);
      const t2 = process.hrtime.bigint();
      const c2 = cpu();
      readDocNs += t1 - t0;
      extractNs += t2 - t1;
      readDocCpu += c1 - c0;
      extractCpu += c2 - c1;
    }
  }
  const figure = (label: string, cpuMicros: number, ns: bigint) => {
    const secs = cpuMicros / 1e6;
    return { label, articlesPerSec: (corpus.length * rounds) / secs, tokensPerSec: (tokens * rounds) / secs,
      wallPerSec: (corpus.length * rounds) / (Number(ns) / 1e9) };
  };
  const readDoc = figure('wink-nlp readDoc alone (reference)', readDocCpu, readDocNs);
  const extraction = figure('news-intel extractArticle', extractCpu, extractNs);
  const ratio = extraction.articlesPerSec / readDoc.articlesPerSec;
  const wallRatio = extraction.wallPerSec / readDoc.wallPerSec;
  return [
    `extraction: ${corpus.length} articles, ${tokens} tokens, ${rounds} rounds, one core; speeds per CPU second (process.cpuUsage), wall-clock speed beside them`,
    '| figure | articles/s (CPU) | tokens/s (CPU) | articles/s (wall) |', '|---|---:|---:|---:|',
    ...[readDoc, extraction].map((m) => `| ${m.label} | ${m.articlesPerSec.toFixed(1)} | ${Math.round(m.tokensPerSec)} | ${m.wallPerSec.toFixed(1)} |`),
    `extraction speed / readDoc speed = ${ratio.toFixed(2)} in CPU time, ${wallRatio.toFixed(2)} in wall time (target >= 0.33: ${ratio >= 1 / 3 ? 'met' : 'NOT met'})`,
  ];
}
