import type { Db } from '../db/database.js';
import { saveFeedState, type FeedRow, type FeedStatePatch } from '../db/feed-state.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import { FetchError, type FetchLimits, type FetchRequest, type FetchResult } from './fetch/fetch-types.js';
import { fetchArticleText } from './fetch/fetch-article-text.js';
import { fetchResource } from './fetch/fetch-resource.js';
import { nextCheckAfterError } from './schedule/next-check-after-error.js';
import { nextCheckAfterSuccess } from './schedule/next-check-after-success.js';
import { parseFeedDocument, type FeedDocument } from './schedule/parse-feed-document.js';
import { storeFeedItems, type StoreItemsDeps, type StoreTally } from './schedule/store-feed-items.js';
import { PollInterrupted, untilAborted } from './schedule/until-aborted.js';
import { pollFreshrss, type FreshrssCredentials, type FreshrssPull } from './schedule/poll-freshrss.js';

export interface PollDeps {
  limits: FetchLimits;
  extract: (a: ArticleInput) => Extraction;
  /** How an article is written (default: stored and extracted at once; see StoreItemsDeps). */
  store?: StoreItemsDeps['store'];
  fetch?: (req: FetchRequest, limits: FetchLimits) => Promise<FetchResult>;
  /** A fetched body to articles (default: feeds through parseFeed, also JSON, JSON Lines and page text). */
  parse?: (text: string, source: string, baseUrl: string) => FeedDocument;
  /** An article page to its main text (for feeds marked fetchFullText). */
  fetchText?: (url: string, limits: FetchLimits) => Promise<{ title: string | null; text: string }>;
  /** Pulls a FreshRSS account's new items (default: the Google Reader client). */
  pullFreshrss?: FreshrssPull;
  freshrss?: FreshrssCredentials;
  /** Per-host politeness around every request (default: none). */
  throttle?: <T>(url: string, request: () => Promise<T>) => Promise<T>;
  now?: () => Date;
  random?: () => number;
  /** Aborting stops the poll between articles; the feed's validators are then left as they were. */
  signal?: AbortSignal;
  onArticle?: (tally: StoreTally) => void;
}

export interface PollReport extends StoreTally {
  feedId: number;
  source: string;
  status: 'stored' | 'not-modified' | 'failed' | 'interrupted';
  /** Items the feed held (after drops). */
  items: number;
  dropped: Record<string, number>;
  error?: string;
  nextCheckAt: Date | null;
}

const errorState = (feed: FeedRow, err: unknown, now: Date, random: () => number): FeedStatePatch => {
  const errorCount = feed.errorCount + 1;
  const fe = err instanceof FetchError ? err : null;
  const message = err instanceof Error ? err.message : String(err);
  return {
    lastFetchedAt: now, lastError: /^[a-z]+: /.test(message) ? message : `poll: ${feed.source}: ${message}`, errorCount,
    nextCheckAt: nextCheckAfterError(now, { errorCount, httpStatus: fe?.httpStatus, retryAfterSeconds: fe?.retryAfterSeconds }, random),
  };
};

async function pollUrl(db: Db, feed: FeedRow, deps: PollDeps, now: Date, report: PollReport): Promise<FeedStatePatch> {
  const fetch = deps.fetch ?? fetchResource;
  const throttle = deps.throttle ?? ((_url, request) => request());
  const request = { url: feed.source, etag: feed.etag, lastModified: feed.lastModified };
  const result = await untilAborted(throttle(feed.source, () => fetch(request, deps.limits)), deps.signal);
  const hints = result.hints;
  const fresh = { lastFetchedAt: now, lastSuccessAt: now, lastError: null, errorCount: 0 };
  if (result.status === 'not-modified') {
    report.status = 'not-modified';
    return { ...fresh, etag: hints.etag ?? feed.etag, lastModified: hints.lastModified ?? feed.lastModified,
      nextCheckAt: nextCheckAfterSuccess(now, { ...hints, ttlMinutes: feed.ttlMinutes }) };
  }
  const doc = (deps.parse ?? parseFeedDocument)(result.text, feed.source, result.finalUrl);
  report.items = doc.articles.length;
  report.dropped = { ...doc.dropped };
  const tally = await storeFeedItems(db, feed, doc.articles, { ...deps, fetchText: deps.fetchText ?? fetchArticleText, throttle });
  Object.assign(report, tally);
  if (tally.failed.length) report.dropped['store-failed'] = tally.failed.length;
  if (deps.signal?.aborted) {
    report.status = 'interrupted';
    return { lastFetchedAt: now };
  }
  report.status = 'stored';
  // Validators move on only when every item is stored: a 304 must never hide an article that failed.
  const validators = tally.failed.length ? {} : { etag: hints.etag, lastModified: hints.lastModified };
  return {
    ...fresh, ...validators, title: doc.title ?? feed.title, siteUrl: doc.siteUrl ?? feed.siteUrl, format: doc.format,
    lastItemCount: doc.articles.length, lastDropped: report.dropped, ttlMinutes: doc.ttlMinutes,
    nextCheckAt: nextCheckAfterSuccess(now, { ...hints, ttlMinutes: doc.ttlMinutes }),
  };
}

/**
 * Polls one feed: a URL by conditional GET (304 writes nothing but the state), parse, full text for new items of
 * fetchFullText feeds, store each article (one failing never loses the others); a FreshRSS account from its cursor.
 * The feed's state records the outcome and the next check. Never throws for the feed's own failures.
 */
export async function pollFeed(db: Db, feed: FeedRow, deps: PollDeps): Promise<PollReport> {
  const now = (deps.now ?? (() => new Date()))();
  const report: PollReport = {
    feedId: feed.id, source: feed.source, status: 'failed', items: 0, dropped: {}, nextCheckAt: null,
    inserted: 0, updated: 0, unchanged: 0, failed: [], fullText: 0, fullTextFailed: 0,
  };
  if (deps.signal?.aborted) return { ...report, status: 'interrupted', nextCheckAt: feed.nextCheckAt };
  let patch: FeedStatePatch;
  try {
    patch = feed.kind === 'freshrss' ? await pollFreshrss(db, feed, deps, now, report) : await pollUrl(db, feed, deps, now, report);
  } catch (err) {
    if (err instanceof PollInterrupted) return { ...report, status: 'interrupted', nextCheckAt: feed.nextCheckAt };
    patch = errorState(feed, err, now, deps.random ?? Math.random);
    report.status = 'failed';
    report.error = patch.lastError ?? undefined;
  }
  await saveFeedState(db, feed.id, patch);
  report.nextCheckAt = patch.nextCheckAt ?? feed.nextCheckAt;
  return report;
}
