import { count, eq, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFeed } from '../src/db/feed-register.js';
import { articles, deals, dealSources, feeds, mentions } from '../src/db/schema.js';
import { storeArticleText } from '../src/db/store-article-text.js';
import { storeArticleTexts } from '../src/db/store-article-texts.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { ArticleInput } from '../src/extract/types.js';
import { enqueueExtracts } from '../src/queue/enqueue-extracts.js';
import { extractJobs } from '../src/queue/extract-jobs.js';
import { fetchJobs } from '../src/queue/fetch-jobs.js';
import { openQueue } from '../src/queue/open-queue.js';
import { scheduleLoop } from '../src/queue/schedule-loop.js';
import { startWorkers } from '../src/queue/start-workers.js';
import { startFixtureServer, type FixtureServer } from './feeds-fixture-server.js';
import { generateArticles } from './support/generated-articles.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

// The job queue on the embedded database, in one process: the same queues and handlers `news-intel worker` runs.
const rows = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[]));
const until = async (what: string, check: () => Promise<boolean>, ms = 120_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe('job queue on PGlite', () => {
  let database: TestDatabase;
  let boss: PgBoss;
  let server: FixtureServer;
  const generated = generateArticles(40, 11);
  // The article that fails the first time it is extracted (alone or in its batch): its job is retried, the others complete.
  const flaky = generated.articles[5]!.id;
  let flakyFailures = 0;
  const extractMany = async (inputs: ArticleInput[]) => {
    if (inputs.some((a) => a.id === flaky) && flakyFailures < 2) {
      flakyFailures++;
      throw new Error('extract: simulated failure');
    }
    return inputs.map((a) => extractArticle(a));
  };
  const jobsByState = async () => {
    const r = await database.db.execute(sql`select state, count(*)::int as n, max(retry_count)::int as retries from pgboss.job where name = 'extract' group by state`);
    const rows = ((r as { rows?: unknown[] }).rows ?? r) as { state: string; n: number; retries: number }[];
    return Object.fromEntries(rows.map((x) => [x.state, x]));
  };
  const extractedCount = async () => (await database.db.select({ n: count() }).from(articles).where(sql`${articles.extractedHash} = ${articles.contentHash}`))[0]!.n;

  beforeAll(async () => {
    [database, server] = await Promise.all([testDatabases[0]!.open(), startFixtureServer()]);
    boss = await openQueue(database, {
      maintenanceSeconds: 1, onError: () => {},
      policies: { extract: { policy: 'short', retryLimit: 4, retryDelay: 1, retryBackoff: false, expireInSeconds: 3 } },
    });
  }, 120_000);
  afterAll(async () => {
    await boss?.stop({ graceful: false, close: false });
    await Promise.all([database?.destroy(), server?.close()]);
  });

  it('extracts every stored article once, whatever jobs are doubled, fail or are abandoned by a worker', async () => {
    const db = database.db;
    const pending = [];
    for (const a of generated.articles.slice(0, 20)) {
      const saved = await storeArticleText(db, null, a);
      expect(saved).toMatchObject({ outcome: 'inserted', pending: true });
      pending.push({ articleId: saved.articleId!, hash: saved.hash! });
    }
    // The rest in one batch, with two already stored and one given twice: each stored once.
    const rest = generated.articles.slice(20);
    const bulk = await storeArticleTexts(db, null, [...generated.articles.slice(0, 2), ...rest, rest[0]!]);
    expect(bulk.map((b) => b.outcome)).toEqual(['unchanged', 'unchanged', ...rest.map(() => 'inserted'), 'inserted']);
    expect(bulk[0]!.articleId).toBe(pending[0]!.articleId);
    expect(await db.$count(articles)).toBe(40);
    pending.push(...bulk.slice(2, -1).map((b) => ({ articleId: b.articleId!, hash: b.hash! })));
    expect(await db.$count(mentions)).toBe(0);
    // Sent twice: one job per article and text.
    await enqueueExtracts(boss, pending);
    await enqueueExtracts(boss, pending);
    expect(await boss.getQueueSize('extract')).toBe(40);
    // A worker takes a job and dies with it: it comes back once it expires.
    const [abandoned] = await boss.fetch<{ articleId: number }>('extract');
    expect(abandoned).toBeDefined();

    await startWorkers(boss, 'extract', { loops: 2, batchSize: 8, pollingSeconds: 0.5, handler: extractJobs({ db, boss, extractMany }) });
    await until('every article extracted', async () => (await extractedCount()) === 40);
    await until('the queue drained', async () => Object.keys(await jobsByState()).every((s) => s === 'completed'));

    const states = await jobsByState();
    expect(states.completed!.n).toBe(40);
    // The abandoned job and the failed article's job were retried; the failure held back no other job.
    expect(flakyFailures).toBe(2);
    const retried = rows<{ id: string; article: number }>(await db.execute(
      sql`select id, (data->>'articleId')::int as article from pgboss.job where name = 'extract' and retry_count > 0`));
    expect(retried.map((r) => r.id)).toContain(abandoned!.id);
    expect(retried.map((r) => r.article)).toContain(pending[5]!.articleId);
    expect(retried.length).toBeLessThanOrEqual(2);

    const runs = await db.select({ runs: articles.extractRuns }).from(articles);
    expect(runs.every((r) => r.runs === 1)).toBe(true);
    // What the synchronous path would store: one deal per generated round, one source per article, every company named.
    expect(await db.$count(deals)).toBe(generated.deals.length);
    expect(await db.$count(dealSources)).toBe(40);
    const want = generated.articles.reduce((n, a) => n + new Set(extractArticle(a).companies.map((c) => c.name)).size, 0);
    expect(await db.$count(mentions)).toBe(want);
  }, 180_000);

  it('leaves an extracted article alone when its job comes again, and re-extracts it once when its text changes', async () => {
    const db = database.db;
    const [first] = await db.select().from(articles).orderBy(articles.id).limit(1);
    await enqueueExtracts(boss, [{ articleId: first!.id, hash: first!.contentHash }]);
    await until('the repeated job done', async () => !(await jobsByState()).created && !(await jobsByState()).active);
    expect((await db.select({ runs: articles.extractRuns }).from(articles).where(eq(articles.id, first!.id)))[0]!.runs).toBe(1);

    const source = generated.articles[0]!;
    const changed = { ...source, body: `${source.body} Quillmarsh Capital also joined the round.` };
    const saved = await storeArticleText(db, null, changed);
    expect(saved).toMatchObject({ outcome: 'updated', articleId: first!.id, pending: true });
    await enqueueExtracts(boss, [{ articleId: saved.articleId!, hash: saved.hash! }]);
    await until('the new text extracted', async () =>
      (await db.select({ runs: articles.extractRuns }).from(articles).where(eq(articles.id, first!.id)))[0]!.runs === 2);
    const names = await db.execute(sql`select c.name from mentions m join companies c on c.id = m.company_id where m.article_id = ${first!.id}`);
    const rows = ((names as { rows?: unknown[] }).rows ?? names) as { name: string }[];
    expect(rows.map((r) => r.name)).toContain('Quillmarsh Capital');
    expect(await db.$count(dealSources, eq(dealSources.articleId, first!.id))).toBe(1);
  }, 120_000);

  it('polls a due feed through a fetch job once, however many schedulers send it, and extracts what it stored', async () => {
    const db = database.db;
    const { feed } = await registerFeed(db, { source: `${server.url}/wire.xml`, kind: 'url' });
    // Two schedulers at once: the stately fetch queue keeps one job waiting per feed.
    await Promise.all([scheduleLoop(db, boss, { once: true, graceSeconds: 0 }), scheduleLoop(db, boss, { once: true, graceSeconds: 0 })]);
    expect(await boss.getQueueSize('fetch')).toBe(1);
    const polls: string[] = [];
    const poll = { limits: { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 5, allowPrivateAddresses: true }, extract: extractArticle };
    await startWorkers(boss, 'fetch', { loops: 1, batchSize: 1, pollingSeconds: 0.5, handler: fetchJobs({ db, boss, poll, onPoll: (r) => polls.push(r.status) }) });
    await until('the feed polled and its articles extracted', async () =>
      (await db.$count(articles, eq(articles.feedId, feed.id))) === 3
      && (await db.$count(articles, sql`${articles.feedId} = ${feed.id} and ${articles.extractedHash} = ${articles.contentHash}`)) === 3);
    expect(polls).toEqual(['stored']);
    const [after] = await db.select().from(feeds).where(eq(feeds.id, feed.id));
    expect(after!.nextCheckAt!.getTime()).toBeGreaterThan(Date.now());
    // Not due any more: a later schedule sends nothing for it.
    expect((await scheduleLoop(db, boss, { once: true, graceSeconds: 0 })).feeds).toBe(0);
    expect(await db.$count(deals, sql`${deals.subjectName} = 'Lumenfold'`)).toBe(1);
  }, 120_000);
});
