import type { Db } from '../../db/database.js';
import { saveFeedState, type FeedRow, type FeedStatePatch } from '../../db/feed-state.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import type { FreshRssPage, FreshRssPullOptions } from '../freshrss/freshrss-types.js';
import { defaultFreshrssPull } from './default-freshrss-pull.js';
import { freshrssSource } from './freshrss-source.js';
import { nextCheckAfterSuccess } from './next-check-after-success.js';
import { storeFeedItems, type StoreItemsDeps, type StoreTally } from './store-feed-items.js';

export type FreshrssPull = (opts: FreshRssPullOptions, limits: FetchLimits) => AsyncIterable<FreshRssPage>;
export interface FreshrssCredentials { user?: string | null; apiPassword?: string | null }

interface Deps extends Omit<StoreItemsDeps, 'throttle'> {
  pullFreshrss?: FreshrssPull;
  freshrss?: FreshrssCredentials;
}
interface Report extends StoreTally { items: number; dropped: Record<string, number>; status: string }

/** How often a FreshRSS account is pulled: it aggregates many feeds, and a pull with nothing new is one small request. */
const PULL_EVERY_MINUTES = 15;

/**
 * Pulls a FreshRSS account's items received since the stored cursor and stores them under the account's feed row.
 * The cursor moves on page by page, and only past pages whose every item was stored.
 */
export async function pollFreshrss(db: Db, feed: FeedRow, deps: Deps, now: Date, report: Report): Promise<FeedStatePatch> {
  const { baseUrl, user: sourceUser } = freshrssSource(feed.source);
  const user = sourceUser ?? deps.freshrss?.user;
  const apiPassword = deps.freshrss?.apiPassword;
  if (!user) throw new Error(`poll: ${feed.source}: no FreshRSS user (add the account with --user, or set FRESHRSS_USER)`);
  if (!apiPassword) throw new Error(`poll: ${feed.source}: no FreshRSS API password (set FRESHRSS_API_PASSWORD)`);
  const pull = deps.pullFreshrss ?? defaultFreshrssPull;
  let stuck = false;
  for await (const page of pull({ baseUrl, user, apiPassword, sinceUsec: feed.cursor }, deps.limits)) {
    report.items += page.articles.length;
    if (page.dropped.length) report.dropped.unreadable = (report.dropped.unreadable ?? 0) + page.dropped.length;
    const tally = await storeFeedItems(db, { ...feed, fetchFullText: false }, page.articles.map((a) => a.article),
      { ...deps, throttle: (_url, request) => request() });
    for (const k of ['inserted', 'updated', 'unchanged', 'fullText', 'fullTextFailed'] as const) report[k] += tally[k];
    report.failed.push(...tally.failed);
    stuck ||= tally.failed.length > 0;
    if (!stuck && !deps.signal?.aborted && page.newestUsec) await saveFeedState(db, feed.id, { cursor: page.newestUsec });
    if (deps.signal?.aborted) break;
  }
  if (report.failed.length) report.dropped['store-failed'] = report.failed.length;
  if (deps.signal?.aborted) {
    report.status = 'interrupted';
    return { lastFetchedAt: now };
  }
  report.status = 'stored';
  return {
    lastFetchedAt: now, lastSuccessAt: now, lastError: null, errorCount: 0, lastItemCount: report.items, lastDropped: report.dropped,
    nextCheckAt: nextCheckAfterSuccess(now, { ttlMinutes: PULL_EVERY_MINUTES }),
  };
}
