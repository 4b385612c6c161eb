import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { registerFeed } from '../db/feed-register.js';
import { articles, feeds } from '../db/schema.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import { startFixtureServer, type FixtureServer } from '../../test/feeds-fixture-server.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import type { PollReport } from './poll-feed.js';
import { runLoop } from './run-loop.js';

const limits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true };
const extract = (a: ArticleInput): Extraction => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });

/** The error node-postgres gives for a server that is not there (a closed port). */
async function refusedError(): Promise<Error> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/x`, connectionTimeoutMillis: 2000 });
  return client.connect().then(() => { throw new Error('connected to a closed port'); }, (err: Error) => err);
}

/** `db` whose next `n` transactions fail as if the connection had gone (everything else passes through). */
function losingTransactions(db: Db, n: number, error: Error): Db {
  let left = n;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction' && left > 0) return () => { left--; return Promise.reject(error); };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`runLoop when the database connection drops (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let server: FixtureServer;
    beforeAll(async () => { [database, server] = await Promise.all([target.open(), startFixtureServer()]); });
    afterAll(async () => { await Promise.all([database?.destroy(), server?.close()]); });

    it('polls the feed again with backoff: every article stored once, the feed\'s state saved as a success', async () => {
      await registerFeed(database.db, { source: `${server.url}/wire.xml`, kind: 'url' });
      const retries: { attempt: number; delayMs: number; error: string }[] = [];
      const recovered: number[] = [];
      const reports: PollReport[] = [];
      const summary = await runLoop(losingTransactions(database.db, 2, await refusedError()), {
        deps: { limits, extract }, concurrency: 1, hostGapMs: 0, once: true, retry: { baseMs: 20, random: () => 1 },
        onRetry: (_feed, r) => retries.push({ attempt: r.attempt, delayMs: r.delayMs, error: r.error.message }),
        onRecovered: (_feed, n) => recovered.push(n), onPoll: (r) => reports.push(r),
      });
      // The first poll stored one of three articles and lost the other two: one retry, 20 ms later.
      expect(retries).toEqual([{ attempt: 1, delayMs: 20, error: expect.stringMatching(/ECONNREFUSED/) }]);
      expect(recovered).toEqual([1]);
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({ status: 'stored', inserted: 3, unchanged: 0, failed: [] });
      expect(summary).toMatchObject({ polls: 1, stored: 1, failed: 0, inserted: 3 });
      expect(await database.db.$count(articles)).toBe(3);
      const [feed] = await database.db.select().from(feeds);
      expect(feed).toMatchObject({ errorCount: 0, lastError: null, etag: '"wire-v1"' });
    });

    it('gives up after its retries, leaving the articles it could not store for the next poll (validators kept back)', async () => {
      await registerFeed(database.db, { source: `${server.url}/ledger.atom`, kind: 'url' });
      const retries: number[] = [];
      const reports: PollReport[] = [];
      await runLoop(losingTransactions(database.db, 1000, await refusedError()), {
        deps: { limits, extract }, concurrency: 1, hostGapMs: 0, once: true, retry: { retries: 2, baseMs: 5 },
        onRetry: (_feed, r) => retries.push(r.attempt), onPoll: (r) => reports.push(r),
      });
      expect(retries).toEqual([1, 2]);
      expect(reports[0]!.failed.map((f) => f.error)).toEqual([expect.stringMatching(/ECONNREFUSED/), expect.stringMatching(/ECONNREFUSED/)]);
      expect(await database.db.$count(articles)).toBe(3);
    });
  });
}
