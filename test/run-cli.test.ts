import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFeed } from '../src/db/feed-register.js';
import { openDatabase } from '../src/db/open-database.js';
import { articles, feeds } from '../src/db/schema.js';
import { rss, rssItems, startFixtureServer, type FixtureServer } from './feeds-fixture-server.js';

const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-intel-run-'));
const envFor = (dataDir: string) => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ALLOW_PRIVATE_NETWORKS: '1', LOG_LEVEL: 'info' });

interface Spawned { code: Promise<number | null>; stdout: () => string; stderr: () => string; kill: (s: NodeJS.Signals) => void; waitFor: (re: RegExp) => Promise<void> }

function cli(dataDir: string, ...args: string[]): Spawned {
  const child = spawn(process.execPath, [bin, ...args], { env: envFor(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) if (w.re.test(out)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
  });
  child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const code = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return {
    code, stdout: () => out, stderr: () => err, kill: (s) => child.kill(s),
    waitFor: (re) => (re.test(out) ? Promise.resolve() : new Promise<void>((resolve, reject) => {
      waiters.push({ re, resolve });
      void code.then((c) => reject(new Error(`exited ${c} before ${re}:\n${out}\n${err}`)));
    })),
  };
}

/** Opens the PGlite folder the CLI uses, runs `use`, closes it (PGlite allows one process at a time). */
async function withData<T>(dataDir: string, use: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await use(database.db);
  } finally {
    await database.close();
  }
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/slow.xml', (_req, res) => {
    const answer = setTimeout(() => { res.writeHead(200, { etag: '"slow"' }); res.end(rss(rssItems.map((i) => ({ ...i, guid: `slow-${i.guid}`, body: `${i.body} (slow)` })))); }, 20_000);
    res.on('close', () => clearTimeout(answer));
  });
});
afterAll(async () => { await server?.close(); rmSync(dir, { recursive: true, force: true }); });

describe('news-intel run (CLI, embedded database)', () => {
  it('run --once polls every due feed, stores the good ones and records the failing one, then exits 0', async () => {
    const data = join(dir, 'once');
    await withData(data, async (db) => {
      for (const path of ['/wire.xml', '/broken.xml', '/ledger.atom']) await registerFeed(db, { source: `${server.url}${path}`, kind: 'url' });
    });
    const run = cli(data, 'run', '--once');
    expect(await run.code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/poll: http:\/\/127\.0\.0\.1:\d+\/wire\.xml: 3 items: 3 new, 0 updated, 0 unchanged; next check/);
    expect(run.stdout()).toMatch(/poll: .*\/broken\.xml: failed: fetch: .*HTTP 500/);
    expect(run.stdout()).toMatch(/run: done: 3 polls, 5 new articles, 1 feeds failing/);
    await withData(data, async (db) => {
      const rows = await db.select().from(feeds);
      const by = (p: string) => rows.find((r) => r.source.endsWith(p))!;
      expect(by('/wire.xml')).toMatchObject({ etag: '"wire-v1"', errorCount: 0, lastItemCount: 3, title: 'Fixture Wire' });
      expect(by('/broken.xml')).toMatchObject({ errorCount: 1, lastSuccessAt: null, lastError: expect.stringMatching(/HTTP 500/) });
      expect(await db.$count(articles)).toBe(5);
    });
  }, 600_000);

  it('run stops cleanly on SIGTERM: exit 0, polls in hand finish or leave their feed due, the database stays whole', async () => {
    const data = join(dir, 'sigterm');
    await withData(data, async (db) => {
      for (const path of ['/wire.xml', '/slow.xml']) await registerFeed(db, { source: `${server.url}${path}`, kind: 'url' });
    });
    const run = cli(data, 'run');
    await run.waitFor(/poll: .*\/wire\.xml: 3 items/);
    const stoppedAt = Date.now();
    run.kill('SIGTERM');
    expect(await run.code, run.stderr()).toBe(0);
    // The slow feed answers after 20 s: the stop does not wait for it.
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    expect(run.stderr()).toContain('run: SIGTERM: finishing what is in hand');
    expect(run.stdout()).toMatch(/run: stopped: /);
    await withData(data, async (db) => {
      const [slow] = await db.select().from(feeds).where(eq(feeds.source, `${server.url}/slow.xml`));
      expect(slow).toMatchObject({ etag: null, lastSuccessAt: null, errorCount: 0, nextCheckAt: null });
      expect(await db.$count(articles)).toBe(3);
    });
  }, 600_000);
});
