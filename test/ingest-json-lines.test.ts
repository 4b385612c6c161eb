// A JSON Lines file is ingested as a stream, a batch at a time: bad lines fail alone (named by file and line), the
// rest is stored once; the CLI's --threads extracts on worker threads and stores exactly what one thread stores.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { ingestSources } from '../src/ingest/ingest-sources.js';
import { snapshotDatabase, snapshotDiff } from './support/db-snapshot.js';
import { generateArticles } from './support/generated-articles.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const dir = mkdtempSync(join(tmpdir(), 'news-intel-jsonl-'));
const fetchOpts = { timeoutMs: 1000, maxBytes: 1 << 20, allowPrivateAddresses: false };
const { articles } = generateArticles(230, 3);
const lines = articles.map((a) => JSON.stringify(a));
// Line 5: broken JSON; line 120: an article without a body; line 150: a NUL, which Postgres refuses in text (its batch
// is then stored one article at a time, so that it fails alone).
lines.splice(4, 0, '{"id": "broken", "title": ');
lines.splice(119, 0, JSON.stringify({ id: 'no-body', title: 'A title and nothing else' }));
lines.splice(149, 0, JSON.stringify({ id: 'nul', title: 'Nul', body: 'Orlwick Labs raised $3 million.\u0000' }));
const file = join(dir, 'articles.jsonl');
writeFileSync(file, `${lines.join('\n')}\n\n`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`ingest of JSON Lines (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); }, 120_000);
    afterAll(async () => { await database?.destroy(); });

    it('stores every good line in batches, names each bad line, and stores nothing twice when run again', async () => {
      const progress: number[] = [];
      const [report] = await ingestSources(database.db, [file], fetchOpts, (a) => extractArticle(a), (r) => progress.push(r.inserted), { batchSize: 100 });
      expect(report).toMatchObject({ articles: 233, inserted: 230, updated: 0, unchanged: 0 });
      expect(report!.failed.map((f) => f.id)).toEqual(['line 5', 'line 120', 'nul']);
      expect(report!.failed[2]!.error).toMatch(/^store: .*articles\.jsonl: article nul: /);
      expect(report!.failed[0]!.error).toMatch(/articles\.jsonl: line 5: not valid JSON/);
      expect(report!.failed[1]!.error).toMatch(/articles\.jsonl: line 120: field "body"/);
      expect(progress).toEqual([100, 199, 230]); // the second batch holds the refused article
      const stored = await database.db.execute(sql`select count(*) as n, count(*) filter (where extract_runs = 1) as extracted from articles`);
      const row = (stored as unknown as { rows: { n: string; extracted: string }[] }).rows[0]!;
      expect([Number(row.n), Number(row.extracted)]).toEqual([230, 230]);

      const [again] = await ingestSources(database.db, [file], fetchOpts, (a) => extractArticle(a), undefined, { batchSize: 100 });
      expect(again).toMatchObject({ articles: 233, inserted: 0, updated: 0, unchanged: 230 });
    }, 300_000);

    it('names a missing file and records no feed for it', async () => {
      const [report] = await ingestSources(database.db, [join(dir, 'missing.jsonl')], fetchOpts, (a) => extractArticle(a));
      expect(report!.error).toMatch(/missing\.jsonl: cannot read file \(ENOENT\)/);
      const feeds = await database.db.execute(sql`select count(*) as n from feeds where source like '%missing.jsonl'`);
      expect(Number((feeds as unknown as { rows: { n: string }[] }).rows[0]!.n)).toBe(0);
    });
  });
}

describe('news-intel ingest --threads', () => {
  const run = promisify(execFile);
  const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
  const ingest = (dataDir: string, ...args: string[]) =>
    run(process.execPath, [bin, 'ingest', ...args, file], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } })
      .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }));

  it('stores exactly what extraction in one thread stores', async () => {
    const one = await ingest(join(dir, 'one'));
    const two = await ingest(join(dir, 'two'), '--threads', '2');
    // Exit code 1: the three bad lines; the summary line is the same.
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toMatch(/233 articles: 230 new, 0 updated, 0 unchanged, 3 failed/);
    const snapshots = [];
    for (const d of ['one', 'two']) {
      const database = await openDatabase({ dataDir: join(dir, d) });
      try {
        snapshots.push(await snapshotDatabase(database.db));
      } finally {
        await database.close();
      }
    }
    expect(snapshotDiff(snapshots[0]!, snapshots[1]!)).toEqual({});
  }, 300_000);

  it('refuses a thread count that is not a whole number', async () => {
    const bad = await ingest(join(dir, 'bad'), '--threads', 'many');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ingest: --threads must be a whole number from 0 to 64, got "many"/);
  });
});
