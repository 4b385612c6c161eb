import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.js';
import { articles, companies, deals, dealSources, mentions } from '../src/db/schema.js';

// Ingest killed with SIGKILL part-way, then run again, must leave exactly what one clean run leaves.
const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-intel-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = JSON.parse(readFileSync(new URL('../demo/articles.json', import.meta.url), 'utf8')) as { articles: { id: string; url: string; body: string }[] };
const input = join(dir, 'articles.json');
writeFileSync(input, JSON.stringify([0, 1].flatMap((copy) => demo.articles.map((a) => ({ ...a, id: `${a.id}-${copy}`, url: `${a.url}?edition=${copy}`, body: `${a.body}\n\nEdition ${copy}.` })))));
const TOTAL = demo.articles.length * 2;

function ingest(dataDir: string, killAt?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'ingest', input], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killAt !== undefined && new RegExp(`: ${killAt}/${TOTAL} articles`).test(out)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

async function snapshot(dataDir: string) {
  const { db, close } = await openDatabase({ dataDir });
  try {
    const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
    return {
      articles: sorted(await db.select({ key: articles.entryKey, hash: articles.contentHash, extracted: articles.extractedAt }).from(articles))
        .map((s) => s.replace(/"extracted":"[^"]+"/, '"extracted":true')),
      companies: sorted(await db.select({ name: companies.name }).from(companies)),
      mentions: (await db.select().from(mentions)).length,
      deals: sorted(await db.select({ type: deals.type, subject: deals.subjectName, value: deals.amountValue, round: deals.round }).from(deals)),
      sources: (await db.select().from(dealSources)).length,
    };
  } finally {
    await close();
  }
}

describe('ingest killed with SIGKILL and run again (embedded database)', () => {
  it('leaves exactly the rows of one clean run: nothing lost, nothing twice', async () => {
    const clean = join(dir, 'clean');
    expect((await ingest(clean)).code).toBe(0);
    const want = await snapshot(clean);
    expect(want.articles).toHaveLength(TOTAL);

    const crashed = join(dir, 'crashed');
    // Kill points from a fixed seed: part-way through, then part-way through the re-run.
    for (const killAt of [20, 60]) {
      const run = await ingest(crashed, killAt);
      expect(run.signal).toBe('SIGKILL');
      const partial = await snapshot(crashed);
      expect(partial.articles.length).toBeGreaterThanOrEqual(killAt);
      expect(partial.articles.length).toBeLessThan(TOTAL);
      // Every stored article is whole: extracted in the same transaction that stored it.
      expect(partial.articles.every((a) => a.includes('"extracted":true'))).toBe(true);
    }
    const last = await ingest(crashed);
    expect(last.code).toBe(0);
    const got = await snapshot(crashed);
    const diff = (a: string[], b: string[]) => ({ missing: a.filter((x) => !b.includes(x)), extra: b.filter((x) => !a.includes(x)) });
    expect({ articles: diff(want.articles, got.articles), companies: diff(want.companies, got.companies), deals: diff(want.deals, got.deals),
      mentions: got.mentions - want.mentions, sources: got.sources - want.sources }).toEqual({
      articles: { missing: [], extra: [] }, companies: { missing: [], extra: [] }, deals: { missing: [], extra: [] }, mentions: 0, sources: 0 });
  }, 600_000);
});
