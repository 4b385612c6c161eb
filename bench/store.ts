// Storing extracted articles through the real write path (storeArticle: one transaction per article), rows/s next to a
// raw COPY of the very same rows into an empty database with the same schema; and end-to-end ingest of generated articles
// (`news-intel ingest file.jsonl`: parse, extract, store) into PGlite and into the Postgres server, articles/s and peak RSS.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { refreshDealLines } from '../src/db/refresh-deal-lines.js';
import { storeArticle } from '../src/db/store-article.js';
import { storeArticleBatch } from '../src/ingest/store-article-batch.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { ArticleInput, Extraction } from '../src/extract/types.js';
import { openCapturingDb, type CapturingDb } from './capture-db.js';
import { generateCompanies } from './corpus/companies.js';
import { generateArticles } from './corpus/generate-articles.js';
import { loadAverage, mib } from './measure.js';
import { createScratchDatabase } from './scratch-database.js';

/** Tables the write path fills, parents first (the order a COPY must load them in). */
const TABLES = ['companies', 'company_aliases', 'articles', 'mentions', 'deals', 'deal_parties', 'deal_sources'];

function corpus(n: number): ArticleInput[] {
  const companies = generateCompanies(Math.max(300, Math.round(n / 10)), 42);
  return [...generateArticles(companies, n, 42)].map(({ kind: _k, ...a }) => a);
}

async function withDatabase<T>(databaseUrl: string | undefined, f: (h: CapturingDb) => Promise<T>): Promise<T> {
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : null;
  const h = await openCapturingDb(scratch?.url);
  try {
    return await f(h);
  } finally {
    await h.close();
    await scratch?.drop();
  }
}

const count = async (h: CapturingDb, table: string) =>
  Number(((await h.db.execute(sql.raw(`select count(*) as n from ${table}`))) as unknown as { rows: { n: string }[] }).rows[0]!.n);

/** The write path under test: one transaction per article (storeArticle), or batches (storeArticleBatch: two transactions each). */
async function write(h: CapturingDb, articles: ArticleInput[], extractions: Extraction[], batch: number): Promise<void> {
  const byKey = new Map(articles.map((a, i) => [a.id, extractions[i]!]));
  const extract = (a: ArticleInput) => byKey.get(a.id)!;
  if (batch <= 1) {
    for (const a of articles) await storeArticle(h.db, null, a, extract);
    await refreshDealLines(h.db);
    return;
  }
  for (let i = 0; i < articles.length; i += batch) {
    const outcomes = await storeArticleBatch(h.db, null, articles.slice(i, i + batch), extract, async (inputs) => inputs.map(extract));
    const failed = outcomes.find((o) => 'error' in o);
    if (failed) throw new Error(`bench: store failed: ${JSON.stringify(failed)}`);
  }
  // As `news-intel ingest` does once its batches are stored (serve, run and worker every 5 s): the deals' export lines,
  // counted in the time.
  await refreshDealLines(h.db);
}

async function storeVersusCopy(articles: ArticleInput[], extractions: Extraction[], databaseUrl: string | undefined, batch: number) {
  return withDatabase(databaseUrl, async (h) => {
    const t0 = process.hrtime.bigint();
    await write(h, articles, extractions, batch);
    const storeSecs = Number(process.hrtime.bigint() - t0) / 1e9;
    let rows = 0;
    const dumps: { table: string; columns: string[]; data: Buffer }[] = [];
    for (const table of TABLES) {
      rows += await count(h, table);
      const cols = ((await h.db.execute(sql`select column_name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`)) as unknown as { rows: { column_name: string }[] })
        .rows.map((r) => `"${r.column_name}"`);
      dumps.push({ table, columns: cols, data: await h.copyOutData(`select ${cols.join(', ')} from ${table}`) });
    }
    const copySecs = await withDatabase(databaseUrl, async (empty) => {
      const c0 = process.hrtime.bigint();
      for (const d of dumps) await empty.copyIn(d.table, d.columns, d.data);
      return Number(process.hrtime.bigint() - c0) / 1e9;
    });
    return { rows, storeSecs, copySecs };
  });
}

/**
 * Runs `news-intel ingest [--threads N]` on a JSON Lines file; reads its RSS (VmRSS) every second and its high-water
 * mark (VmHWM), so that flatness shows: the RSS at each tenth of the run, and the peak.
 */
async function ingestProcess(file: string, env: Record<string, string>, threads: number): Promise<{ secs: number; peak: number; samples: number[]; output: string }> {
  const bin = fileURLToPath(new URL('../bin/news-intel.js', import.meta.url));
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'ingest', ...(threads ? ['--threads', String(threads)] : []), file],
    { env: { ...process.env, ...env, LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (b: Buffer) => { output += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { output += b.toString(); });
  let peak = 0;
  const samples: number[] = [];
  const poll = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, 'utf8').then((s) => {
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0) * 1024);
      samples.push(Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) * 1024);
    }, () => {});
  }, 1000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(poll);
  if (code !== 0) throw new Error(`bench: news-intel ingest exited with ${code}: ${output.slice(-2000)}`);
  return { secs: Number(process.hrtime.bigint() - t0) / 1e9, peak, samples, output };
}

/** The RSS at each tenth of a run (the sample nearest it), in MiB. */
const tenths = (samples: number[]) => Array.from({ length: 10 }, (_, i) => Math.round((samples[Math.min(samples.length - 1, Math.floor(((i + 1) * samples.length) / 10) - 1)] ?? 0) / 2 ** 20));

async function writeCorpusFile(file: string, n: number): Promise<void> {
  const companies = generateCompanies(Math.max(300, Math.round(n / 10)), 42);
  const out = createWriteStream(file);
  for (const { kind: _k, ...a } of generateArticles(companies, n, 42)) {
    if (!out.write(`${JSON.stringify(a)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function storeBench(storeCount: number, ingestCount: number, databaseUrl: string | undefined, ingestThreads = 0): Promise<string[]> {
  const articles = corpus(storeCount);
  const e0 = process.hrtime.bigint();
  const extractions = articles.map((a) => extractArticle(a));
  const extractSecs = Number(process.hrtime.bigint() - e0) / 1e9;
  const targets: [string, string | undefined][] = [['PGlite (in memory)', undefined], ...(databaseUrl ? [['Postgres server', databaseUrl] as [string, string]] : [])];
  const out = [
    `store: ${storeCount} generated articles (300–900 words), extracted beforehand (${(storeCount / extractSecs).toFixed(0)} articles/s on one core, not counted), `
      + `stored through the real write path; the reference is COPY of the very same rows into an empty database with the same schema and indexes; load average ${loadAverage()}`,
    '| database | write path | rows written | rows/s | raw COPY rows/s (reference) | ratio | target |', '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const [label, url] of targets) {
    for (const batch of [200, 1]) {
      const r = await storeVersusCopy(articles, extractions, url, batch);
      const store = r.rows / r.storeSecs;
      const copy = r.rows / r.copySecs;
      out.push(`| ${label} | ${batch > 1 ? `batches of ${batch} (storeArticleBatch, as ingest and the API store)` : 'one transaction per article (storeArticle, as feed polling stores)'} | ${r.rows} | ${Math.round(store)} | ${Math.round(copy)} | ${(store / copy).toFixed(2)} | ${batch > 1 ? '≥ 0.5' : '—'} |`);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'news-intel-bench-'));
  try {
    const file = join(dir, 'articles.jsonl');
    await writeCorpusFile(file, ingestCount);
    out.push('', `ingest: \`news-intel ingest${ingestThreads ? ` --threads ${ingestThreads}` : ''}\` of ${ingestCount} generated articles from a JSON Lines file `
      + `(streamed, extracted${ingestThreads ? ` on ${ingestThreads} worker threads` : ' in the main thread'}, stored 200 a batch), one process; RSS read every second; load average ${loadAverage()}`,
      '| database | articles | seconds | articles/s | RSS at each tenth of the run, MiB | peak RSS | target |', '|---|---:|---:|---:|---|---:|---|');
    for (const [label, url] of targets) {
      const scratch = url ? await createScratchDatabase(url) : null;
      try {
        const env: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : { DATABASE_URL: '', DATA_DIR: join(dir, 'data') };
        const r = await ingestProcess(file, env, ingestThreads);
        out.push(`| ${label.replace(' (in memory)', ' (data folder)')} | ${ingestCount} | ${r.secs.toFixed(1)} | ${(ingestCount / r.secs).toFixed(1)} | ${tenths(r.samples).join(' ')} | ${mib(r.peak)} | < 1 GiB, flat |`);
      } finally {
        await scratch?.drop();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}
