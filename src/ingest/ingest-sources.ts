import { isAbsolute, resolve } from 'node:path';
import type { Db } from '../db/database.js';
import { registerFeed } from '../db/feed-register.js';
import { upsertFeed } from '../db/upsert-feed.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { FetchOptions } from './fetch-url.js';
import { loadSource } from './load-source.js';
import { readJsonLines } from './read-json-lines.js';
import { pollFeed } from './poll-feed.js';
import { storeArticleBatch, type BatchOutcome } from './store-article-batch.js';

export interface IngestReport {
  source: string;
  articles: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Articles that failed to store, each with its reason; the others are kept. */
  failed: { id: string; error: string }[];
  /** Set when the source itself could not be read or parsed. */
  error?: string;
}

export interface IngestOptions {
  /** Extracts a batch (e.g. on worker threads); by default `extract`, one article after another. */
  extractMany?: (inputs: ArticleInput[]) => Promise<Extraction[]>;
  /** Articles per batch: each batch is stored in two transactions (see storeArticleBatch). */
  batchSize?: number;
}

/** Articles a batch: large enough that per-statement costs vanish, small enough to keep memory and a retry small. */
const BATCH = 200;

/** Files read as a stream of JSON Lines (by name, as detectFormat tells them). */
const JSON_LINES = /\.(jsonl|ndjson)$/i;

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const sourceKey = (s: string) => (isUrl(s) || isAbsolute(s) ? s : resolve(s));

/** A URL is polled as a feed: registered, fetched with its stored validators (a 304 stores nothing), its state kept. */
async function ingestUrl(db: Db, report: IngestReport, fetchOpts: FetchOptions, extract: (a: ArticleInput) => Extraction,
  onArticle?: (report: IngestReport) => void): Promise<void> {
  const { feed } = await registerFeed(db, { source: report.source, kind: 'url' });
  const limits = { maxRedirects: 5, ...fetchOpts };
  const counts = ({ inserted, updated, unchanged, failed }: Pick<IngestReport, 'inserted' | 'updated' | 'unchanged' | 'failed'>) =>
    Object.assign(report, { inserted, updated, unchanged, failed });
  const polled = await pollFeed(db, feed, { limits, extract, onArticle: (tally) => { counts(tally); onArticle?.(report); } });
  counts(polled);
  report.articles = polled.items;
  if (polled.error) report.error = polled.error;
}

/**
 * Reads each source, extracts every article and stores it, a batch of articles at a time. A bad source or article never
 * stops the others; onArticle reports progress after each batch.
 */
export async function ingestSources(
  db: Db, sources: string[], fetchOpts: FetchOptions, extract: (a: ArticleInput) => Extraction,
  onArticle?: (report: IngestReport) => void, opts: IngestOptions = {},
): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const source of sources) {
    const report: IngestReport = { source, articles: 0, inserted: 0, updated: 0, unchanged: 0, failed: [] };
    reports.push(report);
    if (isUrl(source)) {
      await ingestUrl(db, report, fetchOpts, extract, onArticle);
      continue;
    }
    const extractMany = opts.extractMany ?? (async (inputs: ArticleInput[]) => inputs.map((a) => extract(a)));
    const size = opts.batchSize ?? BATCH;
    const store = async (feedId: number, articles: ArticleInput[]) => {
      let outcomes: BatchOutcome[];
      try {
        outcomes = await storeArticleBatch(db, feedId, articles, extract, extractMany);
      } catch (err) {
        outcomes = articles.map(() => ({ error: (err as Error).message }));
      }
      outcomes.forEach((o, j) => {
        if ('outcome' in o) report[o.outcome]++;
        else report.failed.push({ id: articles[j]!.id, error: `store: ${source}: article ${articles[j]!.id}: ${o.error}` });
      });
      onArticle?.(report);
    };
    try {
      if (JSON_LINES.test(source)) {
        // Streamed a batch at a time: memory stays flat whatever the file's size; a bad line fails alone.
        const batches = readJsonLines(source, size);
        let next = await batches.next(); // an unreadable file fails here, before a feed is recorded for it
        const feedId = await upsertFeed(db, { source: sourceKey(source), format: 'jsonl', title: null, siteUrl: null });
        for (; !next.done; next = await batches.next()) {
          const batch = next.value;
          report.articles += batch.articles.length + batch.bad.length;
          for (const bad of batch.bad) report.failed.push({ id: `line ${bad.line}`, error: bad.error });
          await store(feedId, batch.articles);
        }
        continue;
      }
      const loaded = await loadSource(source, fetchOpts);
      const feedId = await upsertFeed(db, { source: sourceKey(source), format: loaded.format, title: loaded.title, siteUrl: loaded.siteUrl });
      report.articles = loaded.articles.length;
      for (let i = 0; i < loaded.articles.length; i += size) await store(feedId, loaded.articles.slice(i, i + size));
    } catch (err) {
      report.error = (err as Error).message;
    }
  }
  return reports;
}
