import { isAbsolute, resolve } from 'node:path';
import type { Db } from '../db/database.js';
import { registerFeed } from '../db/feed-register.js';
import { storeArticle } from '../db/store-article.js';
import { upsertFeed } from '../db/upsert-feed.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { FetchOptions } from './fetch-url.js';
import { loadSource } from './load-source.js';
import { pollFeed } from './poll-feed.js';

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

/** Reads each source, extracts every article and stores it. A bad source or article never stops the others. */
export async function ingestSources(
  db: Db, sources: string[], fetchOpts: FetchOptions, extract: (a: ArticleInput) => Extraction,
  onArticle?: (report: IngestReport) => void,
): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const source of sources) {
    const report: IngestReport = { source, articles: 0, inserted: 0, updated: 0, unchanged: 0, failed: [] };
    reports.push(report);
    if (isUrl(source)) {
      await ingestUrl(db, report, fetchOpts, extract, onArticle);
      continue;
    }
    let loaded;
    try {
      loaded = await loadSource(source, fetchOpts);
    } catch (err) {
      report.error = (err as Error).message;
      continue;
    }
    const feedId = await upsertFeed(db, { source: sourceKey(source), format: loaded.format, title: loaded.title, siteUrl: loaded.siteUrl });
    report.articles = loaded.articles.length;
    for (const article of loaded.articles) {
      try {
        report[await storeArticle(db, feedId, article, extract)]++;
      } catch (err) {
        report.failed.push({ id: article.id, error: `store: ${source}: article ${article.id}: ${(err as Error).message}` });
      }
      onArticle?.(report);
    }
  }
  return reports;
}
