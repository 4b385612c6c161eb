import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.js';
import type { Database } from '../src/db/database.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { startCli, type CliProcess } from './support/cli-process.js';
import { curationClient, curationPlan, type CurationAction } from './support/crash-curation.js';
import { crashSchedule, type KillPoint } from './support/crash-schedule.js';
import { naturalIds, rowsOf, snapshotDatabase, snapshotDiff, type Snapshot } from './support/db-snapshot.js';
import { generatedArticle, generatedFeed } from './support/generated-news.js';
import { serverUrl } from './support/test-databases.js';

// Crash consistency: `news-intel` killed with SIGKILL at ten points of ingest, extraction and curation, chosen by a
// seeded schedule, then restarted until done, must leave the database a clean run of the same input leaves: every
// table, row for row, compared by natural keys (ids and write times legitimately differ).
//
// The input, the same for both runs:
//  ingest      `news-intel ingest articles.json <6 feed URLs>`: 10 generated articles from a JSON file and 60 from a
//              feed server on 127.0.0.1. Kill points: after N progress lines (one per 10 articles) plus a delay.
//  extraction  the feeds then serve a second edition (every item rewritten: revised figures, more parties, two new
//              items each) and `news-intel run --once --concurrency 1` re-extracts them (the update path deletes an
//              article's mentions and deal sources and extracts again). Kill points: after N feeds polled in all (a
//              restart polls only the feeds still due) plus a delay.
//  curation    a curator's session of 12 actions (merges, undos, wrong marks, deal reviews) sent to `news-intel
//              serve`. Killed mid-sequence (after N actions answered, while the next is in flight, plus a delay),
//              the curator resumes after the restart from the curation log: every action commits with its log
//              entry, so the log says exactly which actions are done, and the rest are sent. "The same input" for
//              curation is that list of actions, each applied exactly once, in order.

const SEED = Number(process.env.CRASH_SEED ?? 20_261_127);
const schedule = crashSchedule(SEED, {
  phases: [
    { phase: 'ingest', kills: 4, after: [1, 5], delayMs: [0, 400] },
    { phase: 'extraction', kills: 3, after: [1, 4], delayMs: [0, 300] },
    { phase: 'curation', kills: 3, after: [0, 11], delayMs: [0, 25] },
  ],
});
console.log(`crash-consistency: seed ${SEED} (CRASH_SEED=N to change); kill points:\n${schedule.map((k, i) => `  ${i + 1}. ${k.phase}: after ${k.after}, +${k.delayMs} ms`).join('\n')}`);

const FEEDS = 6;
const ITEMS = 10;
const INGEST_PROGRESS = /: \d+\/\d+ articles/g;
const POLLS = /^poll: /gm;

let edition: 1 | 2 = 1;
let feedServer: Server;
let feedBase = '';
const dir = mkdtempSync(join(tmpdir(), 'news-intel-crash-'));
const FILE_ARTICLES = 10;
const articlesFile = join(dir, 'articles.json');
writeFileSync(articlesFile, JSON.stringify({ articles: Array.from({ length: FILE_ARTICLES }, (_, i) => {
  const a = generatedArticle(1000 + i);
  return { id: a.guid, title: a.title, body: a.body, url: a.link, published: a.published };
}) }));

/** Feed k: items k*10 .. k*10+9; the second edition rewrites them all and adds two. */
function feedDocument(k: number): string {
  const numbers = Array.from({ length: ITEMS }, (_, i) => k * ITEMS + i);
  if (edition === 2) numbers.push(FEEDS * ITEMS + k * 2, FEEDS * ITEMS + k * 2 + 1);
  return generatedFeed(`Generated wire ${k}`, numbers.map((n) => generatedArticle(n, { edition })));
}

beforeAll(async () => {
  feedServer = createServer((req, res) => {
    const k = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? NaN);
    if (!(k >= 0 && k < FEEDS)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"feed-${k}-edition-${edition}"` });
    res.end(feedDocument(k));
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => feedServer?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(test: () => boolean, what: string, proc: CliProcess, timeoutMs = 180_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let ended = false;
  void proc.exited.then(() => { ended = true; });
  while (!test()) {
    if (ended) throw new Error(`the process ended before ${what}:\n${proc.output()}`);
    if (Date.now() > end) throw new Error(`no ${what} after ${timeoutMs} ms:\n${proc.output()}`);
    await sleep(10);
  }
}

interface Store {
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

/** The database a run writes: a PGlite folder, or a database of its own on the Postgres server. */
async function newStore(kind: 'pglite' | 'postgres', role: string): Promise<Store> {
  if (kind === 'pglite') {
    const dataDir = join(dir, `${role}-${randomBytes(3).toString('hex')}`);
    return { env: { DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }), drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `news_intel_crash_${role}_${randomBytes(4).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try { await c.query(q); } finally { await c.end(); }
  };
  await admin(`create database ${name}`);
  const u = new URL(serverUrl!);
  u.pathname = `/${name}`;
  const url = u.toString();
  return { env: { DATABASE_URL: url }, open: () => openDatabase({ databaseUrl: url, dataDir: 'unused' }), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function withDb<T>(store: Store, use: (database: Database) => Promise<T>): Promise<T> {
  const database = await store.open();
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

/** What must hold after any kill: nothing half-written. */
async function checkWhole(store: Store, after: string): Promise<void> {
  await withDb(store, async ({ db }) => {
    const count = async (q: string) => Number((await rowsOf(db, q))[0]!.n);
    const broken = {
      'articles stored without their extraction': await count('select count(*) as n from articles where extracted_at is null'),
      'deals without a source article': await count('select count(*) as n from deals d where not exists (select 1 from deal_sources s where s.deal_id = d.id)'),
      'companies merged with no live merge recorded': await count(`select count(*) as n from companies c where c.merged_into_id is not null and not exists
        (select 1 from company_merges m where m.from_id = c.id and m.into_id = c.merged_into_id and m.undone_at is null)`),
      'live merges whose company is not merged': await count(`select count(*) as n from company_merges m join companies c on c.id = m.from_id
        where m.undone_at is null and c.merged_into_id is distinct from m.into_id`),
      'merges and merge log entries that differ in number': Math.abs(await count('select count(*) as n from company_merges')
        - await count(`select count(*) as n from curation_log where action = 'merge'`)),
      'undone merges and undo log entries that differ in number': Math.abs(await count('select count(*) as n from company_merges where undone_at is not null')
        - await count(`select count(*) as n from curation_log where action = 'unmerge'`)),
    };
    expect(Object.entries(broken).filter(([, n]) => n > 0), `after ${after}`).toEqual([]);
  });
}

const feedUrls = () => Array.from({ length: FEEDS }, (_, k) => `${feedBase}/feed/${k}.xml`);
const ingest = (store: Store) => startCli(['ingest', articlesFile, ...feedUrls()], store.env);
const pollOnce = (store: Store) => startCli(['run', '--once', '--concurrency', '1'], store.env);

/** Every URL feed due now, all at the same moment, so that `run --once` polls them in id order. */
async function feedsFallDue(store: Store): Promise<void> {
  await withDb(store, ({ db }) => rowsOf(db, `update feeds set next_check_at = '2000-01-01T00:00:00Z' where kind = 'url' returning id`).then(() => {}));
}

async function finish(proc: CliProcess): Promise<void> {
  const { code } = await proc.exited;
  expect(code, proc.output()).toBe(0);
}

/**
 * Runs a phase to its end, killing it at each point first; each restart picks up where the killed run stopped.
 * `resumes` says how progress counts: 'again' when a restart re-counts the work already done (ingest steps through
 * stored articles as unchanged), 'on' when it only counts what is left (`run --once` polls only feeds still due):
 * then a kill point is the total progress over all runs, and each run goes at least one step.
 */
async function killedThenFinished(store: Store, kills: KillPoint[], start: () => CliProcess, progress: RegExp, resumes: 'again' | 'on'): Promise<void> {
  let before = 0;
  for (const kill of kills) {
    const proc = start();
    const target = resumes === 'again' ? kill.after : Math.max(1, kill.after - before);
    await until(() => proc.count(progress) >= target, `${target} progress lines`, proc);
    await sleep(kill.delayMs);
    proc.kill('SIGKILL');
    const end = await proc.exited;
    expect(end.signal, `the ${kill.phase} run ended before its kill point:\n${proc.output()}`).toBe('SIGKILL');
    before += proc.count(progress);
    await checkWhole(store, `a kill in ${kill.phase} after ${kill.after} (+${kill.delayMs} ms)`);
  }
  await finish(start());
}

interface Curation { plan: CurationAction[]; token: string; ids: Awaited<ReturnType<typeof naturalIds>> }

async function prepareCuration(store: Store, plan?: CurationAction[]): Promise<Curation> {
  return withDb(store, async ({ db }) => ({
    plan: plan ?? await curationPlan(db, SEED), token: (await createToken(db, 'crash-curator')).token, ids: await naturalIds(db),
  }));
}

const startServe = async (store: Store) => {
  const proc = startCli(['serve', '--port', '0'], store.env);
  const [, url] = await proc.waitFor(/serving .* at (http:\/\/\S+)/);
  return { proc, url: url! };
};

/** The curator's session, the serve process killed at each kill point; after each restart it resumes from the log. */
async function curate(store: Store, c: Curation, kills: KillPoint[]): Promise<void> {
  for (const kill of [...kills, null]) {
    const { proc, url } = await startServe(store);
    const client = curationClient(url, c.token, c.ids);
    let next = await client.done(c.plan);
    const stopAt = kill ? kill.after : c.plan.length;
    while (next < stopAt) await client.issue(c.plan[next++]!);
    if (!kill) {
      proc.kill('SIGTERM');
      await proc.exited;
      break;
    }
    const inFlight = client.issue(c.plan[next]!).then(() => 'answered', () => 'cut off');
    await sleep(kill.delayMs);
    proc.kill('SIGKILL');
    expect((await proc.exited).signal).toBe('SIGKILL');
    console.log(`crash-consistency: curation killed at action ${next + 1} (+${kill.delayMs} ms): ${await inFlight}`);
    await checkWhole(store, `a kill in curation at action ${next + 1}`);
  }
  expect(await withDb(store, async ({ db }) => Number((await rowsOf(db, 'select count(*) as n from curation_log'))[0]!.n))).toBe(c.plan.length);
}

const targets = [
  { kind: 'pglite' as const, skip: false as string | false },
  { kind: 'postgres' as const, skip: serverUrl ? false : 'TEST_DATABASE_URL is not set: the Postgres server half is skipped' },
];

for (const target of targets) {
  describe.skipIf(target.skip)(`crash consistency, ${target.kind}${target.skip ? `: ${target.skip}` : ''}`, () => {
    const want: Record<string, Snapshot> = {};
    let clean: Store;
    let crashed: Store;
    let plan: CurationAction[];
    beforeAll(async () => { [clean, crashed] = await Promise.all([newStore(target.kind, 'clean'), newStore(target.kind, 'crashed')]); });
    afterAll(async () => { await Promise.all([clean?.drop(), crashed?.drop()]); });
    const snap = (store: Store) => withDb(store, ({ db }) => snapshotDatabase(db));
    const kills = (phase: KillPoint['phase']) => schedule.filter((k) => k.phase === phase);

    it('a clean run: ingest, re-extraction of a second edition, a curation session', async () => {
      edition = 1;
      await finish(ingest(clean));
      want.ingest = await snap(clean);
      expect(want.ingest.articles).toHaveLength(FILE_ARTICLES + FEEDS * ITEMS);
      edition = 2;
      await feedsFallDue(clean);
      await finish(pollOnce(clean));
      want.extraction = await snap(clean);
      expect(want.extraction.articles).toHaveLength(FILE_ARTICLES + FEEDS * (ITEMS + 2));
      const c = await prepareCuration(clean);
      plan = c.plan;
      await curate(clean, c, []);
      want.curation = await snap(clean);
      expect(want.curation.curation_log).toHaveLength(plan.length);
    }, 600_000);

    it(`ingest killed ${kills('ingest').length} times, then finished: the rows of the clean run`, async () => {
      edition = 1;
      await killedThenFinished(crashed, kills('ingest'), () => ingest(crashed), INGEST_PROGRESS, 'again');
      expect(snapshotDiff(want.ingest!, await snap(crashed))).toEqual({});
    }, 600_000);

    it(`re-extraction killed ${kills('extraction').length} times, then finished: the rows of the clean run`, async () => {
      edition = 2;
      await feedsFallDue(crashed);
      await killedThenFinished(crashed, kills('extraction'), () => pollOnce(crashed), POLLS, 'on');
      expect(snapshotDiff(want.extraction!, await snap(crashed))).toEqual({});
    }, 600_000);

    it(`curation killed ${kills('curation').length} times and resumed from its log: the rows of the clean run`, async () => {
      await curate(crashed, await prepareCuration(crashed, plan), kills('curation'));
      expect(snapshotDiff(want.curation!, await snap(crashed))).toEqual({});
    }, 600_000);
  });
}
