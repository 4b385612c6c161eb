import { asc, inArray } from 'drizzle-orm';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { Db } from './database.js';
import { isConnectionError } from './is-connection-error.js';
import { articles } from './schema.js';
import { writeExtractions } from './write-extractions.js';

/**
 * extracted: written now; done: already extracted from its current text; changed: the text changed meanwhile (its
 * own job follows); missing: deleted; failed: extraction threw, or the database refused its writes (nothing written).
 */
export type ExtractOutcome = 'extracted' | 'done' | 'changed' | 'missing' | 'failed';

export interface ExtractStoredOptions {
  /** Checked before writing: once aborted, nothing more is written and the articles not written are not reported. */
  signal?: AbortSignal;
  onArticle?: (articleId: number, outcome: ExtractOutcome) => void;
  /** Why an article failed: what extraction threw, or what the database said of its writes. */
  onError?: (articleId: number, err: Error) => void;
}

const asInput = (r: { entryKey: string; title: string; body: string; url: string | null; publishedAt: Date | null; author: string | null }): ArticleInput =>
  ({ id: r.entryKey, title: r.title, body: r.body, url: r.url, published: r.publishedAt?.toISOString() ?? null, author: r.author });

type Stored = { id: number; hash: string; extractedHash: string | null } & Parameters<typeof asInput>[0];

/**
 * In one transaction: locks the articles' rows, checks each again (extracted meanwhile, text changed, deleted) and writes
 * the extractions of those still waiting for exactly this text.
 */
async function writeLocked(db: Db, ready: { row: Stored; extraction: Extraction }[]): Promise<Map<number, ExtractOutcome>> {
  return db.transaction(async (tx) => {
    const out = new Map<number, ExtractOutcome>();
    const locked = await tx.select({ id: articles.id, hash: articles.contentHash, extractedHash: articles.extractedHash, publishedAt: articles.publishedAt })
      .from(articles).where(inArray(articles.id, ready.map((r) => r.row.id))).orderBy(asc(articles.id)).for('update');
    const now = new Map(locked.map((r) => [r.id, r]));
    const items: Parameters<typeof writeExtractions>[1] = [];
    for (const { row, extraction } of ready) {
      const n = now.get(row.id);
      if (!n) out.set(row.id, 'missing');
      else if (n.extractedHash === n.hash) out.set(row.id, 'done');
      else if (n.hash !== row.hash) out.set(row.id, 'changed');
      else {
        items.push({ target: { articleId: row.id, hash: row.hash, publishedAt: n.publishedAt }, extraction });
        out.set(row.id, 'extracted');
      }
    }
    await writeExtractions(tx, items);
    return out;
  });
}

/**
 * The second step of the queued write path: extracts stored articles (all at once, e.g. on worker threads) and
 * writes their output in one transaction (one per article, should the database refuse the batch, so that one bad
 * article fails alone). Idempotent: the rows are locked and checked again before writing,
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
  // In the order given: storing them one at a time in that order gives the same database (see writeExtractions).
  const rows = ids.flatMap((id) => { const r = byId.get(id); return r && r.extractedHash !== r.hash ? [r] : []; });
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
  const ready: { row: (typeof rows)[number]; extraction: Extraction }[] = [];
  rows.forEach((row, i) => {
    const extraction = extractions[i]!;
    if (extraction instanceof Error) {
      opts.onError?.(row.id, extraction);
      report(row.id, 'failed');
    }
    else ready.push({ row, extraction });
  });
  if (opts.signal?.aborted || !ready.length) return outcomes;
  let written: Map<number, ExtractOutcome>;
  try {
    written = await writeLocked(db, ready);
  } catch (err) {
    if (ready.length === 1 || isConnectionError(err)) throw err;
    // One article the database refuses must not hold back the others: one transaction each, to find it.
    written = new Map();
    for (const r of ready) {
      if (opts.signal?.aborted) break;
      try {
        for (const [id, outcome] of await writeLocked(db, [r])) written.set(id, outcome);
      } catch (one) {
        if (isConnectionError(one)) throw one;
        opts.onError?.(r.row.id, one as Error);
        written.set(r.row.id, 'failed');
      }
    }
  }
  for (const [id, outcome] of written) report(id, outcome);
  return outcomes;
}
