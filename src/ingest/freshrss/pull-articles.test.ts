import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshrssTestLimits, rejection } from '../../../test/support/freshrss-test-kit.js';
import { seedFreshRss, startFreshRssServer, type FreshRssServer } from '../../../test/support/freshrss-server.js';
import { FreshRssError } from './freshrss-error.js';
import type { FreshRssPage, FreshRssPullOptions } from './freshrss-types.js';
import { pullAllArticles } from './pull-all-articles.js';
import { pullArticles } from './pull-articles.js';

const limits = freshrssTestLimits;
let server: FreshRssServer;

let account: FreshRssPullOptions;

beforeEach(async () => {
  server = await startFreshRssServer({ users: { ana: 'api-secret-1' } });
  account = { baseUrl: server.url, user: 'ana', apiPassword: 'api-secret-1' };
});
afterEach(() => server.close());

async function pages(opts: FreshRssPullOptions, lim = limits): Promise<FreshRssPage[]> {
  const out: FreshRssPage[] = [];
  for await (const page of pullArticles(opts, lim)) out.push(page);
  return out;
}

const streamCalls = () => server.requests.filter((r) => r.path.startsWith('/reader/api/0/stream/contents'));

describe('pullArticles', () => {
  it('follows continuation through 3 pages and returns every item once, oldest first', async () => {
    const items = seedFreshRss(server, 10);
    const got = await pages({ ...account, pageSize: 4 });
    expect(got.map((p) => p.articles.length)).toEqual([4, 4, 2]);
    expect(got.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(got.at(-1)!.continuation).toBeNull();
    const ids = got.flatMap((p) => p.articles.map((a) => a.article.id));
    expect(ids).toEqual(items.map((i) => i.greaderId));
    expect(new Set(ids).size).toBe(10);

    const calls = streamCalls();
    expect(calls.map((c) => c.path)).toEqual(Array(3).fill('/reader/api/0/stream/contents/user/-/state/com.google/reading-list'));
    expect(calls.map((c) => c.query.get('c'))).toEqual([null, got[0]!.continuation, got[1]!.continuation]);
    for (const c of calls) {
      expect(c.authorization).toMatch(/^GoogleLogin auth=ana\/[0-9a-f]{40}$/);
      expect(Object.fromEntries(c.query)).toMatchObject({ n: '4', r: 'o', output: 'json' });
      expect(c.query.has('ot')).toBe(false);
    }
  });

  it('stops when a page is exactly full and the next one is empty', async () => {
    seedFreshRss(server, 8);
    const got = await pages({ ...account, pageSize: 4 });
    expect(got.map((p) => p.articles.length)).toEqual([4, 4, 0]);
    expect(got.at(-1)!.hasMore).toBe(false);
  });

  it('keeps the FreshRSS item id and turns the HTML into plain text with its origin', async () => {
    const [first, second] = seedFreshRss(server, 2);
    const { items } = await pullAllArticles(account, limits);
    expect(items[0]!.article).toEqual({
      id: first!.greaderId,
      title: 'Brightvale Robotics raises $2 million & more (item 0)',
      body: 'Brightvale Robotics, a fictional maker of test fixtures, said it raised $2 million in a Series A round led by Halden Creek Partners.'
        + '\n\nThe round closed on Monday. Item 0.',
      url: 'https://news.example/articles/0?utm_source=rss',
      published: '2026-01-05T07:00:00.000Z',
      author: 'Dana Whitlock',
      summaryOnly: true,
    });
    expect(items[0]!.article.id).toMatch(/^tag:google\.com,2005:reader\/item\/[0-9a-f]{16}$/);
    expect(items[0]!.article.body).not.toMatch(/<|track\(|&nbsp;/);
    expect(items[0]!.origin).toEqual({
      streamId: 'feed/3', feedTitle: 'Harbor Ledger', feedUrl: 'https://harbor-ledger.example/feed.xml',
      siteUrl: 'https://harbor-ledger.example/', category: 'Fintech', tags: ['Fintech', 'Watchlist'],
    });
    expect(items[1]!.origin).toMatchObject({ streamId: 'feed/7', feedTitle: 'Quill & Anvil Weekly', category: 'Industry', tags: ['Industry'] });
    expect(items[1]!.article).toMatchObject({ id: second!.greaderId, author: null });
    expect(items[0]!.receivedUsec).toBe(first!.entryId.toString());
  });

  it('returns the newest receive time, and a re-pull since it gets only the new items', async () => {
    const old = seedFreshRss(server, 5);
    const first = await pullAllArticles({ ...account, pageSize: 2 }, limits);
    expect(first.items).toHaveLength(5);
    expect(first.complete).toBe(true);
    expect(first.newestUsec).toBe(old.at(-1)!.entryId.toString());
    expect(first.newest).toEqual(new Date(Number(old.at(-1)!.entryId / 1000n)));

    const again = await pullAllArticles({ ...account, since: first.newest }, limits);
    expect(again.items).toEqual([]);
    expect(again.newest).toEqual(first.newest);
    expect(streamCalls().at(-1)!.query.get('ot')).toBe(String(Math.floor(first.newest!.getTime() / 1000)));

    const fresh = seedFreshRss(server, 3, new Date('2026-01-05T09:00:00Z'));
    const third = await pullAllArticles({ ...account, since: first.newest, pageSize: 2 }, limits);
    expect(third.items.map((a) => a.article.id)).toEqual(fresh.map((i) => i.greaderId));
    expect(third.newestUsec).toBe(fresh.at(-1)!.entryId.toString());
  });

  it('skips items FreshRSS sends from the cursor\'s own second (ot counts whole seconds)', async () => {
    const at = new Date('2026-02-01T10:00:00.100Z');
    const [a, b] = server.addItems([
      { feedId: 1, title: 'Sundial Forge opens a plant', html: '<p>Sundial Forge opened a plant.</p>', link: 'https://news.example/s1', published: at, receivedAt: at },
      { feedId: 1, title: 'Opaline Freight hires', html: '<p>Opaline Freight hired.</p>', link: 'https://news.example/s2', published: at, receivedAt: new Date(at.getTime() + 300) },
    ]);
    const first = await pullAllArticles({ ...account, sinceUsec: a!.entryId.toString() }, limits);
    expect(first.items.map((i) => i.article.id)).toEqual([b!.greaderId]);
    expect(first.newestUsec).toBe(b!.entryId.toString());
    const again = await pullAllArticles({ ...account, sinceUsec: first.newestUsec }, limits);
    expect(again.items).toEqual([]);
    expect(again.newestUsec).toBe(first.newestUsec);
  });

  it('pulls one feed by its stream id', async () => {
    seedFreshRss(server, 6);
    const { items } = await pullAllArticles({ ...account, streamId: 'feed/7', pageSize: 2 }, limits);
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.origin.streamId === 'feed/7')).toBe(true);
    expect(streamCalls()[0]!.path).toBe('/reader/api/0/stream/contents/feed/7');
  });

  it('stops after maxPages, says so, and the next pull resumes from the cursor', async () => {
    const items = seedFreshRss(server, 7);
    const first = await pullAllArticles({ ...account, pageSize: 2, maxPages: 2 }, limits);
    expect(first.items).toHaveLength(4);
    expect(first.complete).toBe(false);
    const rest = await pullAllArticles({ ...account, pageSize: 2, sinceUsec: first.newestUsec }, limits);
    expect([...first.items, ...rest.items].map((i) => i.article.id)).toEqual(items.map((i) => i.greaderId));
    expect(rest.complete).toBe(true);
  });

  it('fails mid-pull with an error naming the base URL and the page, after handing over the pages before it', async () => {
    seedFreshRss(server, 9);
    const got: FreshRssPage[] = [];
    let err: FreshRssError | null = null;
    try {
      for await (const p of pullArticles({ ...account, pageSize: 4 }, limits)) {
        got.push(p);
        if (p.page === 1) server.failNext(/stream\/contents/, 502);
      }
    } catch (e) {
      err = e as FreshRssError;
    }
    expect(got).toHaveLength(1);
    expect(got[0]!.articles).toHaveLength(4);
    expect(err?.message).toBe(`freshrss: ${server.url}: reading page 2 of user/-/state/com.google/reading-list failed: HTTP 502`);
  });

  it('passes on a Retry-After for the scheduler', async () => {
    seedFreshRss(server, 3);
    server.failNext(/stream\/contents/, 429, 1, { 'retry-after': '120' });
    const err = await rejection(pullAllArticles(account, limits));
    expect(err).toMatchObject({ kind: 'http', httpStatus: 429, retryAfterSeconds: 120 });
    expect(err.message).toBe(`freshrss: ${server.url}: reading page 1 of user/-/state/com.google/reading-list failed: HTTP 429, retry after 120 s`);
  });

  it('names a page whose answer is not JSON', async () => {
    const fake = async (req: { url: string }) => ({
      status: 'ok' as const, url: req.url, finalUrl: req.url, httpStatus: 200, contentType: 'text/plain', charset: 'utf-8', bytes: 0,
      text: req.url.includes('ClientLogin') ? 'SID=x\nLSID=null\nAuth=ana/abc\n' : req.url.includes('subscription') ? '{"subscriptions":[]}' : 'Bad Request!',
      hints: { etag: null, lastModified: null, maxAgeSeconds: null, expires: null, retryAfterSeconds: null },
    });
    const err = await rejection(pullAllArticles({ ...account, baseUrl: 'https://rss.example.org' }, limits, fake));
    expect(err.kind).toBe('protocol');
    expect(err.message).toBe('freshrss: https://rss.example.org: reading page 1 of user/-/state/com.google/reading-list failed: the answer is not JSON (it starts "Bad Request!")');
  });

  it('refuses to pull from a private address unless allowed', async () => {
    seedFreshRss(server, 2);
    const err = await rejection(pullAllArticles(account, { ...limits, allowPrivateAddresses: false }));
    expect(err).toBeInstanceOf(FreshRssError);
    expect(err.kind).toBe('fetch');
    expect(err.message).toMatch(new RegExp(`^freshrss: ${server.url}: login failed: fetch: .*private`));
    expect(server.requests).toHaveLength(0);
  });

  it('drops an unreadable item and keeps the rest of the page', async () => {
    const fake = async (req: { url: string }) => ({
      status: 'ok' as const, url: req.url, finalUrl: req.url, httpStatus: 200, contentType: 'application/json', charset: 'utf-8', bytes: 0,
      text: req.url.includes('ClientLogin') ? 'Auth=ana/abc\n' : JSON.stringify({
        items: [{ title: 'no id' }, { id: 'tag:google.com,2005:reader/item/0005c62466ee28fe', title: 'Kestrel Loom expands', summary: { content: '<p>Kestrel Loom grew.</p>' } }],
      }),
      hints: { etag: null, lastModified: null, maxAgeSeconds: null, expires: null, retryAfterSeconds: null },
    });
    const r = await pullAllArticles({ ...account, withSubscriptions: false }, limits, fake);
    expect(r.items.map((i) => i.article.body)).toEqual(['Kestrel Loom grew.']);
    expect(r.items[0]!.receivedUsec).toBe('1625234531559678');
    expect(r.droppedReasons).toEqual([expect.stringMatching(/^freshrss: http:\/\/127\.0\.0\.1:\d+: item 1: id: /)]);
  });
});
