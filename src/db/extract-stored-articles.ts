import { eq, inArray } from 'drizzle-orm';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { Db } from './database.js';
import { articles } from './schema.js';
import { writeExtraction } from './write-extraction.js';

/**
 * extracted: written now; done: already extracted from its current text; changed: the text changed meanwhile (its
 * own job follows); missing: deleted; failed: extraction threw (nothing written).
 */
export type ExtractOutcome = 'extracted' | 'done' | 'changed' | 'missing' | 'failed';

export interface ExtractStoredOptions {
  /** Stops between articles; the rest are reported as not reached. */
  signal?: AbortSignal;
  onArticle?: (articleId: number, outcome: ExtractOutcome) => void;
}

const asInput = (r: { entryKey: string; title: string; body: string; url: string | null; publishedAt: Date | null; author: string | null }): ArticleInput =>
  ({ id: r.entryKey, title: r.title, body: r.body, url: r.url, published: r.publishedAt?.toISOString() ?? null, author: r.author });

/**
 * The second step of the queued write path: extracts stored articles (all at once, e.g. on worker threads) and
 * writes each one's output in its own transaction. Idempotent: the row is locked and checked again before writing,
 * so an article already extracted from its current text is left alone, and two workers given the same article write
 * it once. Returns the outcome of every article reached.
 */
export async function extractStoredArticles(
  db: Db, articleIds: number[], extractMany: (inputs: ArticleInput[]) => Promise<Extraction[]>, opts: ExtractStoredOptions = {},
): Promise<Map<number, ExtractOutcome>> {
  const outcomes = new Map<number, ExtractOutcome>();
  const report = (id: number, outcome: ExtractOutcome) => { outcomes.set(id, outcome); opts.onArticle?.(id, outcome); };
  const ids = [...new Set(articleIds)];
  if (!ids.length) return outcomes;
  const stored = await db.select({
    id: articles.id, hash: articles.contentHash, extractedHash: articles.extractedHash, entryKey: articles.entryKey, title: articles.title,
    body: articles.body, url: articles.url, publishedAt: articles.publishedAt, author: articles.author,
  }).from(articles).where(inArray(articles.id, ids));
  const byId = new Map(stored.map((r) => [r.id, r]));
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) report(id, 'missing');
    else if (r.extractedHash === r.hash) report(id, 'done');
  }
  const rows = stored.filter((r) => r.extractedHash !== r.hash);
  if (!rows.length) return outcomes;

  const inputs = rows.map(asInput);
  let extractions: (Extraction | Error)[];
  try {
    extractions = await extractMany(inputs);
  } catch {
    // One bad article must not hold back the others: one by one, to find it.
    extractions = [];
    for (const input of inputs) extractions.push(await extractMany([input]).then((r) => r[0]!, (err: unknown) => err as Error));
  }
  for (const [i, row] of rows.entries()) {
    if (opts.signal?.aborted) break;
    const extraction = extractions[i]!;
    if (extraction instanceof Error) {
      report(row.id, 'failed');
      continue;
    }
    const outcome = await db.transaction(async (tx): Promise<ExtractOutcome> => {
      const [now] = await tx.select({ hash: articles.contentHash, extractedHash: articles.extractedHash, publishedAt: articles.publishedAt })
        .from(articles).where(eq(articles.id, row.id)).for('update');
      if (!now) return 'missing';
      if (now.extractedHash === now.hash) return 'done';
      if (now.hash !== row.hash) return 'changed';
      await writeExtraction(tx, { articleId: row.id, hash: row.hash, publishedAt: now.publishedAt }, extraction);
      return 'extracted';
    });
    report(row.id, outcome);
  }
  return outcomes;
}
