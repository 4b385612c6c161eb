import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFeed } from '../src/db/feed-register.js';
import { isConnectionError } from '../src/db/is-connection-error.js';
import { openDatabase } from '../src/db/open-database.js';
import type { Database } from '../src/db/database.js';
import { startCli, type CliProcess } from './support/cli-process.js';
import { rowsOf, snapshotDatabase, snapshotDiff } from './support/db-snapshot.js';
import { generatedArticle, generatedFeed } from './support/generated-news.js';
import { privatePostgresSkip, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

// Database faults on a Postgres cluster of the test's own (never the shared server): restarted (`pg_ctl restart -m
// fast`) and crashed and restarted (`stop -m immediate`, a pause, `start`) while `news-intel run` stores articles and
// while `news-intel serve` answers.

const FEEDS = 24;
const ITEMS = 6;
const POLLED = /^poll: \S+: \d+ items/gm;

let cluster: PrivatePostgres;
let feedServer: Server;
let feedBase = '';

beforeAll(async () => {
  if (privatePostgresSkip) return;
  feedServer = createServer((req, res) => {
    const k = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? NaN);
    if (!(k >= 0 && k < FEEDS)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"feed-${k}"` });
    res.end(generatedFeed(`Wire ${k}`, Array.from({ length: ITEMS }, (_, i) => generatedArticle(k * ITEMS + i, { companies: 90 }))));
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  cluster = await startPrivatePostgres();
}, 120_000);
afterAll(async () => {
  await cluster?.destroy();
  await new Promise((resolve) => (feedServer ? feedServer.close(resolve) : resolve(undefined)));
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(test: () => boolean, what: string, proc: CliProcess, timeoutMs = 180_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`no ${what} after ${timeoutMs} ms:\n${proc.output()}\n${await cluster.log()}`);
    await sleep(20);
  }
}

async function withDb<T>(url: string, use: (d: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
  try { return await use(database); } finally { await database.close(); }
}

/** A database on the cluster with every feed registered. */
async function feedsDatabase(name: string): Promise<string> {
  const url = await cluster.createDatabase(name);
  await withDb(url, async ({ db }) => {
    for (let k = 0; k < FEEDS; k++) await registerFeed(db, { source: `${feedBase}/feed/${k}.xml`, kind: 'url' });
  });
  return url;
}

/** Retry lines of `run`: feed, delay and attempt. */
const retries = (out: string) => [...out.matchAll(/run: (\S+): database connection lost \((.*)\); polling it again in ([\d.]+) s \(retry (\d+)\)/g)]
  .map((m) => ({ feed: m[1]!, reason: m[2]!, delayS: Number(m[3]), attempt: Number(m[4]) }));

describe.skipIf(privatePostgresSkip)(`a Postgres server restarted under news-intel${privatePostgresSkip ? `: ${privatePostgresSkip}` : ''}`, () => {
  let cleanUrl = '';

  it('news-intel run rides out a restart and a crash: says so, retries with backoff, ends with the database of a clean run', async () => {
    cleanUrl = await feedsDatabase('clean');
    const once = startCli(['run', '--once', '--concurrency', '2'], { DATABASE_URL: cleanUrl });
    expect((await once.exited).code, once.output()).toBe(0);
    const want = await withDb(cleanUrl, ({ db }) => snapshotDatabase(db));
    expect(want.articles).toHaveLength(FEEDS * ITEMS);

    const faultyUrl = await feedsDatabase('faulty');
    const run = startCli(['run', '--concurrency', '2'], { DATABASE_URL: faultyUrl });
    await until(() => run.count(POLLED) >= 4, '4 feeds polled', run);
    await cluster.restart('fast');
    await until(() => run.count(POLLED) >= 12, '12 feeds polled', run);
    await cluster.stop('immediate');
    await sleep(3000);
    await cluster.start();
    await until(() => run.count(POLLED) >= FEEDS, 'every feed polled', run);
    run.kill('SIGTERM');
    const end = await run.exited;
    const out = run.output();
    expect(end.code, out).toBe(0);

    // It said what happened and how long it waits, with delays that grow (500 ms doubling, drawn from the upper half).
    const seen = retries(out);
    expect(seen.length, out).toBeGreaterThan(0);
    for (const r of seen) {
      const full = Math.min(30, 0.5 * 2 ** (r.attempt - 1));
      expect(r.delayS, JSON.stringify(r)).toBeGreaterThanOrEqual(full / 2 - 0.05);
      expect(r.delayS, JSON.stringify(r)).toBeLessThanOrEqual(full + 0.05);
      expect(isConnectionError(r.reason), r.reason).toBe(true);
    }
    expect(Math.max(...seen.map((r) => r.attempt)), out).toBeGreaterThanOrEqual(2);
    expect(out).toMatch(/run: database reachable again \(\S+\) after \d+ failed attempts?/);
    // Each feed polled once to success, none failing, nothing half-written: the clean run's rows, row for row.
    expect(out).toMatch(new RegExp(`run: stopped: ${FEEDS} polls, \\d+ new articles, 0 feeds failing`));
    const got = await withDb(faultyUrl, ({ db }) => snapshotDatabase(db));
    expect(snapshotDiff(want, got)).toEqual({});
  }, 600_000);

  it('news-intel serve answers 503 JSON at once while the server is down, stays up, and answers again once it is back', async () => {
    const serve = startCli(['serve', '--port', '0'], { DATABASE_URL: cleanUrl });
    const [, url] = await serve.waitFor(/serving .* at (http:\/\/\S+)/);
    const get = async (path: string) => {
      const started = Date.now();
      const res = await fetch(new URL(path, url), { signal: AbortSignal.timeout(30_000) });
      return { status: res.status, ms: Date.now() - started, retryAfter: res.headers.get('retry-after'), body: await res.json() as any };
    };
    const paths = ['/api/deals?limit=5', '/api/companies?q=lum', '/api/articles?q=raises'];
    for (const p of paths) expect((await get(p)).status, p).toBe(200);

    await cluster.stop('fast');
    try {
      for (const p of paths) {
        const r = await get(p);
        expect({ path: p, status: r.status, code: r.body?.error?.code }).toEqual({ path: p, status: 503, code: 'database_unavailable' });
        expect(r.retryAfter).toMatch(/^\d+$/);
        expect(r.ms, `${p} took ${r.ms} ms`).toBeLessThan(5000);
      }
      expect(serve.output()).not.toMatch(/\n\s+at /);
    } finally {
      await cluster.start();
    }
    for (const p of paths) expect((await get(p)).status, `${p} after the restart`).toBe(200);
    // The idle connections the shutdown dropped were logged and replaced; the process never died.
    expect(serve.output()).toMatch(/db: lost an idle connection to the Postgres server/);
    serve.kill('SIGTERM');
    expect((await serve.exited).code).toBe(0);
  }, 300_000);

  it('a query in flight fails with a clear error when the server goes, or stops answering; the next query reconnects', async () => {
    const database = await openDatabase({ databaseUrl: cleanUrl, dataDir: 'unused', queryTimeoutMs: 2000 });
    try {
      // A restart cuts the connection under a running query: it fails at once, as a connection error.
      const started = Date.now();
      const inFlight = rowsOf(database.db, 'select pg_sleep(1.5)').then(() => null, (e: unknown) => e);
      await sleep(300);
      await cluster.restart('immediate');
      const err = await inFlight;
      expect(err, 'the query in flight must fail').toBeInstanceOf(Error);
      expect(isConnectionError(err), String(err)).toBe(true);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await rowsOf(database.db, 'select 1 as one')).toEqual([{ one: 1 }]);

      // A server process that stops answering (SIGSTOP): the query fails after the query timeout instead of hanging.
      const [{ pid }] = await rowsOf(database.db, 'select pg_backend_pid() as pid') as [{ pid: number }];
      process.kill(pid, 'SIGSTOP');
      try {
        const t0 = Date.now();
        const hung = await rowsOf(database.db, 'select 1 as one').then(() => null, (e: unknown) => e);
        expect(String((hung as Error)?.cause ?? hung)).toMatch(/timeout/i);
        expect(Date.now() - t0).toBeLessThan(10_000);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      expect(await rowsOf(database.db, 'select 2 as two')).toEqual([{ two: 2 }]);
      const [{ n }] = await rowsOf(database.db, 'select count(*)::int as n from articles where extracted_at is null') as [{ n: number }];
      expect(n).toBe(0);
    } finally {
      await database.close();
    }
  }, 120_000);
});
