import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { registerFeed } from '../db/feed-register.js';
import { saveFeedState } from '../db/feed-state.js';
import { articles, feeds } from '../db/schema.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import { startFixtureServer, type FixtureServer } from '../../test/feeds-fixture-server.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import type { PollReport } from './poll-feed.js';
import { runLoop } from './run-loop.js';

const limits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true };
const extract = (a: ArticleInput): Extraction => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`runLoop (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let server: FixtureServer;
    beforeAll(async () => { [database, server] = await Promise.all([target.open(), startFixtureServer()]); });
    afterAll(async () => { await Promise.all([database?.destroy(), server?.close()]); });

    it('polls every due feed once: a failing feed records its error while the others are stored', async () => {
      for (const path of ['/wire.xml', '/broken.xml', '/ledger.atom']) {
        await registerFeed(database.db, { source: `${server.url}${path}`, kind: 'url' });
      }
      const reports: PollReport[] = [];
      const summary = await runLoop(database.db, { deps: { limits, extract }, concurrency: 2, hostGapMs: 10, once: true, onPoll: (r) => reports.push(r) });
      expect(summary).toMatchObject({ polls: 3, stored: 2, failed: 1, inserted: 5 });
      expect(reports.map((r) => r.status).sort()).toEqual(['failed', 'stored', 'stored']);
      const [broken] = await database.db.select().from(feeds).where(eq(feeds.source, `${server.url}/broken.xml`));
      expect(broken).toMatchObject({ errorCount: 1, lastError: expect.stringMatching(/HTTP 500/) });
      expect(broken!.nextCheckAt!.getTime()).toBeGreaterThan(Date.now());
      expect(await database.db.$count(articles)).toBe(5);
    });

    it('leaves feeds that are not due alone', async () => {
      const summary = await runLoop(database.db, { deps: { limits, extract }, concurrency: 2, once: true });
      expect(summary.polls).toBe(0);
    });

    it('keeps polling until stopped, and picks up a feed as soon as it is due', async () => {
      const stop = new AbortController();
      const [wire] = await database.db.select().from(feeds).where(eq(feeds.source, `${server.url}/wire.xml`));
      const hitsBefore = server.hits.get('/wire.xml') ?? 0;
      const polled: string[] = [];
      const running = runLoop(database.db, {
        deps: { limits, extract }, concurrency: 2, hostGapMs: 10, signal: stop.signal, maxIdleMs: 50,
        onPoll: (r) => { polled.push(r.source); stop.abort(); },
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(polled).toEqual([]);
      await saveFeedState(database.db, wire!.id, { nextCheckAt: new Date(Date.now() - 1000) });
      const summary = await running;
      expect(polled).toEqual([`${server.url}/wire.xml`]);
      expect(summary.polls).toBe(1);
      expect(server.hits.get('/wire.xml')).toBe(hitsBefore + 1);
    });
  });
}

describe('runLoop without its database', () => {
  it('says so and goes on looking until stopped; with --once the error ends the run', async () => {
    const broken = { select: () => { throw new Error('connection refused'); } } as unknown as Db;
    const stop = new AbortController();
    const errors: string[] = [];
    const summary = await runLoop(broken, {
      deps: { limits, extract }, concurrency: 1, signal: stop.signal, onError: (e) => { errors.push(e.message); stop.abort(); },
    });
    expect(errors).toEqual(['connection refused']);
    expect(summary.polls).toBe(0);
    await expect(runLoop(broken, { deps: { limits, extract }, concurrency: 1, once: true, onError: () => {} })).rejects.toThrow('connection refused');
  });
});
