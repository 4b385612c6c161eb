import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import { connect } from './connect.js';
import type { FetchFn } from './fetch-fn.js';
import type { FreshRssPage, FreshRssPullOptions, FreshRssPullSummary, FreshRssSubscription } from './freshrss-types.js';
import { greaderRequest } from './greader-request.js';
import { listSubscriptions } from './list-subscriptions.js';
import { parseGreaderJson } from './parse-greader-json.js';
import { readPageItems } from './read-page-items.js';
import { streamContentsSchema } from './stream-contents-schema.js';
import { streamPath } from './stream-path.js';

const READING_LIST = 'user/-/state/com.google/reading-list';

function cutoffOf(o: FreshRssPullOptions): bigint | null {
  if (o.sinceUsec) {
    if (!/^\d+$/.test(o.sinceUsec)) throw new RangeError(`freshrss: ${o.baseUrl}: sinceUsec must be a decimal microsecond timestamp, not "${o.sinceUsec}"`);
    return BigInt(o.sinceUsec);
  }
  if (o.since) return BigInt(o.since.getTime()) * 1000n + 999n;
  return null;
}

function positive(o: FreshRssPullOptions, key: 'pageSize' | 'maxPages', fallback: number): number {
  const v = o[key] ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`freshrss: ${o.baseUrl}: ${key} must be a whole number from 1, not ${v}`);
  return v;
}

/**
 * Pulls a stream (the reading list by default) page by page: ClientLogin, then `stream/contents` oldest first
 * (`r=o`) with `ot` = the `since` cursor in seconds, following `c` continuation until the server sends none (or
 * `maxPages`). Each page carries the resume cursor so far, so a caller that stores each page, then its cursor, can stop
 * anywhere and resume; a failed call throws a `FreshRssError` naming the page. The generator's return value sums up.
 */
export async function* pullArticles(
  opts: FreshRssPullOptions, limits: FetchLimits, fetchFn: FetchFn = fetchResource,
): AsyncGenerator<FreshRssPage, FreshRssPullSummary, void> {
  const pageSize = positive(opts, 'pageSize', 100);
  const maxPages = positive(opts, 'maxPages', 100);
  const streamId = opts.streamId ?? READING_LIST;
  const cutoff = cutoffOf(opts);
  const conn = await connect(opts, limits, fetchFn);
  const subscriptions = new Map<string, FreshRssSubscription>();
  if (opts.withSubscriptions !== false) {
    for (const s of await listSubscriptions({ ...opts, token: conn.token }, limits, fetchFn)) subscriptions.set(s.streamId, s);
  }
  const seen = new Set<string>();
  let newest = cutoff;
  let continuation: string | null = null;
  let articles = 0;
  let dropped = 0;
  for (let page = 1; ; page++) {
    const what = `reading page ${page} of ${streamId}`;
    const ot = cutoff === null ? null : (cutoff / 1_000_000n).toString();
    const text = await greaderRequest(conn, {
      path: `/reader/api/0/stream/contents/${streamPath(streamId)}`, query: { output: 'json', n: pageSize, r: 'o', ot, c: continuation }, what,
    });
    const body = parseGreaderJson(text, streamContentsSchema, opts.baseUrl, what);
    const read = readPageItems(body.items, { source: opts.baseUrl, seen, cutoff, subscriptions });
    if (read.newest !== null && (newest === null || read.newest > newest)) newest = read.newest;
    articles += read.articles.length;
    dropped += read.dropped.length;
    const next = body.continuation || null;
    // FreshRSS can repeat the last continuation once nothing follows it; that is the end too.
    const hasMore = next !== null && next !== continuation && page < maxPages;
    const cursor = { newest: newest === null ? null : new Date(Number(newest / 1000n)), newestUsec: newest === null ? null : newest.toString() };
    yield { page, articles: read.articles, dropped: read.dropped, continuation: next, hasMore, ...cursor };
    if (!hasMore) return { pages: page, articles, dropped, ...cursor, complete: next === null || next === continuation };
    continuation = next;
  }
}
