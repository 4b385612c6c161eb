import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFeed } from '../src/db/feed-register.js';
import { openDatabase } from '../src/db/open-database.js';
import { articles, feeds } from '../src/db/schema.js';
import type { ArticleInput, Extraction } from '../src/extract/types.js';
import { pollFeed, type PollDeps } from '../src/ingest/poll-feed.js';
import { seedFreshRss, startFreshRssServer, type FreshRssServer } from './support/freshrss-server.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const limits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true };
const extract = (a: ArticleInput): Extraction => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });
const account = (server: FreshRssServer, user = 'ana') => `freshrss:${server.url.replace('://', `://${user}@`)}/`;

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`polling a FreshRSS account (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let server: FreshRssServer;
    const deps: PollDeps = { limits, extract, freshrss: { apiPassword: 'api-secret-1' }, random: () => 0.5 };
    const row = async (id: number) => (await database.db.select().from(feeds).where(eq(feeds.id, id)))[0]!;
    beforeAll(async () => { [database, server] = await Promise.all([target.open(), startFreshRssServer({ users: { ana: 'api-secret-1' } })]); });
    afterAll(async () => { await Promise.all([database?.destroy(), server?.close()]); });

    it('pulls everything first, then only what FreshRSS received since the stored cursor', async () => {
      seedFreshRss(server, 5);
      const { feed } = await registerFeed(database.db, { source: account(server), kind: 'freshrss' });
      expect(await pollFeed(database.db, feed, deps)).toMatchObject({ status: 'stored', items: 5, inserted: 5, failed: [] });
      const after = await row(feed.id);
      expect(after.cursor).toBe(server.items.at(-1)!.entryId.toString());
      expect(after).toMatchObject({ errorCount: 0, lastError: null, lastItemCount: 5 });
      expect(await pollFeed(database.db, after, deps)).toMatchObject({ items: 0, inserted: 0 });
      seedFreshRss(server, 2);
      expect(await pollFeed(database.db, await row(feed.id), deps)).toMatchObject({ items: 2, inserted: 2 });
      expect(await database.db.$count(articles, eq(articles.feedId, feed.id))).toBe(7);
    });

    it('records a refused login or a missing password as the feed\'s error, in clear words', async () => {
      const { feed } = await registerFeed(database.db, { source: account(server, 'bob'), kind: 'freshrss' });
      const refused = await pollFeed(database.db, feed, deps);
      expect(refused).toMatchObject({ status: 'failed', error: expect.stringMatching(/^freshrss: /) });
      expect(refused.error).not.toContain('api-secret-1');
      const noPassword = await pollFeed(database.db, await row(feed.id), { ...deps, freshrss: {} });
      expect(noPassword.error).toMatch(/no FreshRSS API password \(set FRESHRSS_API_PASSWORD\)/);
      expect((await row(feed.id)).errorCount).toBe(2);
    });
  });
}

describe('news-intel freshrss (CLI, embedded database)', () => {
  const run = promisify(execFile);
  const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'news-intel-freshrss-'));
  let server: FreshRssServer;
  const env = () => ({ ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', ALLOW_PRIVATE_NETWORKS: '1', FRESHRSS_API_PASSWORD: 'api-secret-1' });
  const cli = (...args: string[]) => run(process.execPath, [bin, ...args], { env: env(), maxBuffer: 16 << 20 });
  beforeAll(async () => { server = await startFreshRssServer({ users: { ana: 'api-secret-1' } }); seedFreshRss(server, 3); });
  afterAll(async () => { await server?.close(); rmSync(dir, { recursive: true, force: true }); });

  it('adds an account (checking the login), imports an export, and run --once pulls the account', async () => {
    expect((await cli('freshrss', 'add', server.url, '--user', 'ana')).stdout).toMatch(/freshrss: added #1 freshrss:http:\/\/ana@127\.0\.0\.1:\d+\/ \(login checked\)/);
    const file = join(dir, 'starred.json');
    writeFileSync(file, JSON.stringify({ id: 'user/ana/state/org.freshrss/starred', items: [{
      id: 'tag:google.com,2005:reader/item/0005c62466ee28fe', timestampUsec: '1625234531559678', published: 1625230000,
      title: 'Ferrobyte raises $9 million', alternate: [{ href: 'https://news.example/ferrobyte' }],
      origin: { streamId: 'feed/12', title: 'News and Deals', htmlUrl: 'https://news.example/' },
      content: { content: '<p>Ferrobyte, a fictional maker of magnets, raised $9 million from Coldharbor Capital.</p>' },
    }] }));
    expect((await cli('freshrss', 'import', file)).stdout).toMatch(/freshrss: .*starred\.json: 1 articles: 1 new/);
    const polled = await cli('run', '--once');
    expect(polled.stdout).toMatch(/poll: freshrss:http:\/\/ana@127\.0\.0\.1:\d+\/: 3 items: 3 new/);
    const database = await openDatabase({ dataDir: join(dir, 'data') });
    try {
      expect(await database.db.$count(articles)).toBe(4);
    } finally {
      await database.close();
    }
  }, 900_000);
});
