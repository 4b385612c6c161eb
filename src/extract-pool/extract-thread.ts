import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/extract-article.js';
import type { ArticleInput, KnownCompanies } from '../extract/types.js';

let known: KnownCompanies | undefined;

// One extraction thread: articles in, extractions out, one message each; the known companies when they change (see extract-pool).
parentPort!.on('message', (msg: { id: number; article: ArticleInput } | { known: KnownCompanies }) => {
  if ('known' in msg) {
    known = msg.known;
    return;
  }
  try {
    parentPort!.postMessage({ id: msg.id, result: extractArticle(msg.article, known) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
