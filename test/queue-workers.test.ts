import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open-database.js';
import { storeArticleTexts } from '../src/db/store-article-texts.js';
import { openQueue } from '../src/queue/open-queue.js';
import { generateArticles } from './support/generated-articles.js';
import { serverUrl } from './support/test-databases.js';

// Three `news-intel worker` processes on one Postgres database share 10,000 extract jobs; one is killed with SIGKILL
// part-way. Every article must be extracted exactly once, no deal stored twice, and the dead worker's jobs retried.
const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const ARTICLES = 10_000;

interface Worker { child: ChildProcess; out: string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }

function startWorker(databaseUrl: string, args: string[]): Worker {
  const child = spawn(process.execPath, [bin, 'worker', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: Worker = { child, out: '', exit: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))) };
  child.stdout!.on('data', (d: Buffer) => { w.out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { w.out += d.toString(); });
  return w;
}

const rows = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[]));

describe.skipIf(!serverUrl)(`three workers on one Postgres database${serverUrl ? '' : ': TEST_DATABASE_URL is not set, so this suite is skipped'}`, () => {
  const name = `news_intel_test_${randomBytes(6).toString('hex')}`;
  let url = '';
  let database: Database | undefined;
  const workers: Worker[] = [];
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exit));
    await database?.close();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('extracts 10,000 articles exactly once and stores no deal twice, though one worker is killed mid-way', async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(serverUrl!);
    u.pathname = `/${name}`;
    url = u.toString();
    database = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
    const db = database.db;

    const { articles, deals } = generateArticles(ARTICLES, 3);
    for (let i = 0; i < articles.length; i += 500) await storeArticleTexts(db, null, articles.slice(i, i + 500));
    // Short expiry so that the killed worker's jobs come back within the test; the workers look every 2 s.
    const boss = await openQueue(database, {
      supervise: false, policies: { extract: { policy: 'short', retryLimit: 5, retryDelay: 1, retryBackoff: false, expireInSeconds: 20 } },
    });
    await boss.stop({ graceful: false, close: false });

    // The producer: `run --queue --once` sends an extract job for every article waiting for one.
    const producer = spawn(process.execPath, [bin, 'run', '--queue', '--once'], { env: { ...process.env, DATABASE_URL: url } });
    let produced = '';
    producer.stdout.on('data', (d: Buffer) => { produced += d.toString(); });
    expect(await new Promise((resolve) => producer.on('close', resolve))).toBe(0);
    expect(produced).toContain(`${ARTICLES} extract jobs`);

    const started = Date.now();
    const common = ['--concurrency', '2', '--batch', '10', '--maintenance-seconds', '2'];
    workers.push(startWorker(url, common), startWorker(url, common), startWorker(url, [...common, '--threads', '1']));
    const extracted = async () => Number(rows<{ n: string }>(await db.execute(sql`select count(*) as n from articles where extracted_hash = content_hash`))[0]!.n);
    const activeJobs = async () => Number(rows<{ n: string }>(await db.execute(sql`select count(*) as n from pgboss.job where name = 'extract' and state = 'active'`))[0]!.n);

    // Kill the first worker once a quarter is done and it has extracted some itself.
    let killedAt = 0;
    let activeAtKill = 0;
    for (;;) {
      const n = await extracted();
      if (n >= ARTICLES / 4 && /worker: [1-9]\d* articles extracted/.test(workers[0]!.out)) {
        activeAtKill = await activeJobs();
        workers[0]!.child.kill('SIGKILL');
        killedAt = n;
        break;
      }
      if (Date.now() - started > 600_000) throw new Error(`workers too slow: ${n} extracted\n${workers.map((w) => w.out).join('\n')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await workers[0]!.exit).signal).toBe('SIGKILL');
    expect(killedAt).toBeLessThan(ARTICLES);

    const waitFor = async (check: () => Promise<boolean>, what: string) => {
      while (!(await check())) {
        if (Date.now() - started > 900_000) throw new Error(`timed out waiting for ${what}\n${workers.map((w) => w.out).join('\n')}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    await waitFor(async () => (await extracted()) === ARTICLES, 'every article extracted');
    await waitFor(async () => Number(rows<{ n: string }>(await db.execute(
      sql`select count(*) as n from pgboss.job where name = 'extract' and state <> 'completed'`))[0]!.n) === 0, 'the queue drained');
    const seconds = (Date.now() - started) / 1000;

    // The survivors stop cleanly on SIGTERM.
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    for (const w of workers.slice(1)) {
      expect((await w.exit).code).toBe(0);
      expect(w.out).toContain('worker: stopped');
    }

    // Exactly once: each article's extraction committed one time, from its current text.
    const runs = rows<{ runs: number; n: string }>(await db.execute(sql`select extract_runs as runs, count(*) as n from articles group by 1`));
    expect(runs.map((r) => [r.runs, Number(r.n)])).toEqual([[1, ARTICLES]]);
    // No deal twice: one per generated round, and no two with one identity; one source per article.
    const twins = rows(await db.execute(sql`select type, subject_id, round from deals group by 1, 2, 3 having count(*) > 1`));
    expect(twins).toEqual([]);
    expect(Number(rows<{ n: string }>(await db.execute(sql`select count(*) as n from deals`))[0]!.n)).toBe(deals.length);
    expect(Number(rows<{ n: string }>(await db.execute(sql`select count(*) as n from deal_sources`))[0]!.n)).toBe(ARTICLES);
    const sameName = rows(await db.execute(sql`select norm_name from companies group by 1 having count(*) > 1`));
    expect(sameName).toEqual([]);
    // The jobs the killed worker held expired and were retried by the others.
    const jobs = rows<{ state: string; n: string; retried: string }>(await db.execute(
      sql`select state, count(*) as n, count(*) filter (where retry_count > 0) as retried from pgboss.job where name = 'extract' group by 1`));
    expect(jobs.map((j) => j.state)).toEqual(['completed']);
    expect(Number(jobs[0]!.n)).toBe(ARTICLES);
    const retried = Number(jobs[0]!.retried);
    expect(activeAtKill).toBeGreaterThan(0);
    expect(retried).toBeGreaterThan(0);
    console.log(`queue-workers: ${ARTICLES} articles, ${deals.length} deals, 3 workers (one killed at ${killedAt} extracted, `
      + `${activeAtKill} jobs active then), ${retried} jobs retried, ${seconds.toFixed(0)} s from the first worker's start to an empty queue`);
  }, 1_200_000);
});
