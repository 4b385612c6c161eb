import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFeed } from '../db/feed-register.js';
import { feeds, articles } from '../db/schema.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import { startFixtureServer, type FixtureServer, rss, rssItems } from '../../test/feeds-fixture-server.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { pollFeed, type PollDeps } from './poll-feed.js';

const limits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true };
const extract = (a: ArticleInput): Extraction => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });
const itemsOf = (name: string) => rssItems.map((it) => ({ ...it, body: `${it.body} (${name})` }));
const minutesAfter = (d: Date | null | undefined, t0: Date) => (d!.getTime() - t0.getTime()) / 60_000;

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`pollFeed (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let server: FixtureServer;
    const now = new Date('2026-02-01T12:00:00Z');
    const deps: PollDeps = { limits, extract, now: () => now, random: () => 0.5 };
    const feedRow = async (id: number) => (await database.db.select().from(feeds).where(eq(feeds.id, id)))[0]!;
    const register = async (path: string, extra: { fetchFullText?: boolean } = {}) =>
      (await registerFeed(database.db, { source: `${server.url}${path}`, kind: 'url', ...extra })).feed;

    beforeAll(async () => { [database, server] = await Promise.all([target.open(), startFixtureServer()]); });
    afterAll(async () => { await Promise.all([database?.destroy(), server?.close()]); });

    it('stores every item on the first poll and records the state', async () => {
      const feed = await register('/wire.xml');
      const report = await pollFeed(database.db, feed, deps);
      expect(report).toMatchObject({ status: 'stored', items: 3, inserted: 3, failed: [] });
      const state = await feedRow(feed.id);
      expect(state).toMatchObject({ title: 'Fixture Wire', etag: '"wire-v1"', lastError: null, errorCount: 0, lastItemCount: 3 });
      expect(state.lastSuccessAt).toEqual(now);
      expect(minutesAfter(state.nextCheckAt, now)).toBe(30);
    });

    it('sends the ETag next time, and a 304 stores nothing but the state', async () => {
      const [feed] = await database.db.select().from(feeds).where(eq(feeds.source, `${server.url}/wire.xml`));
      const later = new Date(now.getTime() + 3600_000);
      const before = await database.db.select().from(articles);
      const report = await pollFeed(database.db, feed!, { ...deps, now: () => later });
      expect(report).toMatchObject({ status: 'not-modified', inserted: 0, items: 0 });
      expect(server.headers.get('/wire.xml')!['if-none-match']).toBe('"wire-v1"');
      expect(await database.db.select().from(articles)).toEqual(before);
      const state = await feedRow(feed!.id);
      expect(state).toMatchObject({ lastFetchedAt: later, lastSuccessAt: later, lastItemCount: 3, etag: '"wire-v1"' });
      // The feed's <ttl> still schedules it after a 304, which carries no body to read it from.
      expect(state.ttlMinutes).toBe(30);
      expect(minutesAfter(state.nextCheckAt, later)).toBe(30);
    });

    it('records a failing feed in clear words and backs off, error after error', async () => {
      const feed = await register('/broken.xml');
      const first = await pollFeed(database.db, feed, deps);
      expect(first.status).toBe('failed');
      expect(first.error).toMatch(/^fetch: http:\/\/127\.0\.0\.1:\d+\/broken\.xml: HTTP 500/);
      let state = await feedRow(feed.id);
      expect(state).toMatchObject({ errorCount: 1, lastSuccessAt: null, lastError: first.error });
      expect(minutesAfter(state.nextCheckAt, now)).toBe(5);
      await pollFeed(database.db, state, deps);
      state = await feedRow(feed.id);
      expect(state.errorCount).toBe(2);
      expect(minutesAfter(state.nextCheckAt, now)).toBe(10);
    });

    it('honours Retry-After on a 429', async () => {
      const feed = await register('/busy.xml');
      const report = await pollFeed(database.db, feed, deps);
      expect(report.error).toMatch(/HTTP 429/);
      expect(minutesAfter((await feedRow(feed.id)).nextCheckAt, now)).toBe(120);
    });

    it('keeps every other article when one fails, and keeps the validators so the next poll retries it', async () => {
      server.route('/flaky.xml', (_req, res) => { res.writeHead(200, { etag: '"flaky"' }); res.end(rss(itemsOf('flaky'), 'https://flaky.example')); });
      const feed = await register('/flaky.xml');
      const failing = (a: ArticleInput) => { if (a.id === 'brisketta-2') throw new Error('extractor broke'); return extract(a); };
      const report = await pollFeed(database.db, feed, { ...deps, extract: failing });
      expect(report).toMatchObject({ status: 'stored', inserted: 2, dropped: { 'store-failed': 1 } });
      expect(report.failed).toEqual([{ id: 'brisketta-2', error: expect.stringMatching(/^store: .*flaky\.xml: article brisketta-2: extractor broke/) }]);
      expect((await feedRow(feed.id)).etag).toBeNull();
      const again = await pollFeed(database.db, await feedRow(feed.id), deps);
      expect(again).toMatchObject({ inserted: 1, unchanged: 2, failed: [] });
      expect((await feedRow(feed.id)).etag).toBe('"flaky"');
    });

    it('fetches the page of each new item of a full-text feed, and only of new items', async () => {
      let version = 1;
      const items = itemsOf('summaries').slice(0, 2);
      server.route('/summaries.xml', (_req, res) => {
        res.end(rss(version === 1 ? items : [...items, { guid: 'new-3', title: 'Maplewick raises $2 million', body: 'Short.' }], server.url + '/page'));
      });
      const feed = await register('/summaries.xml', { fetchFullText: true });
      const texts: string[] = [];
      const fetchText = async (url: string) => { texts.push(url); return { title: null, text: `Full text of ${url}. `.repeat(20) }; };
      expect(await pollFeed(database.db, feed, { ...deps, fetchText })).toMatchObject({ inserted: 2, fullText: 2 });
      version = 2;
      expect(await pollFeed(database.db, await feedRow(feed.id), { ...deps, fetchText })).toMatchObject({ inserted: 1, unchanged: 2, fullText: 1 });
      expect(texts.map((u) => u.split('/').at(-1))).toEqual(['lumenfold-1', 'brisketta-2', 'new-3']);
      const [stored] = await database.db.select().from(articles).where(eq(articles.entryKey, 'new-3'));
      expect(stored!.body).toContain('Full text of');
    });

    it('stops between articles when aborted, leaving the validators for the next poll', async () => {
      server.route('/long.xml', (_req, res) => { res.writeHead(200, { etag: '"long"' }); res.end(rss(itemsOf('long'), 'https://long.example')); });
      const feed = await register('/long.xml');
      const stop = new AbortController();
      const report = await pollFeed(database.db, feed, { ...deps, signal: stop.signal, onArticle: () => stop.abort() });
      expect(report).toMatchObject({ status: 'interrupted', inserted: 1 });
      expect((await feedRow(feed.id)).etag).toBeNull();
    });

    it('stops waiting for a fetch when aborted, and leaves the feed as it was', async () => {
      const feed = await register('/hangs.xml');
      const stop = new AbortController();
      setTimeout(() => stop.abort(), 50);
      const report = await pollFeed(database.db, feed, { ...deps, signal: stop.signal, fetch: () => new Promise(() => {}) });
      expect(report.status).toBe('interrupted');
      expect(await feedRow(feed.id)).toEqual(feed);
    });
  });
}
