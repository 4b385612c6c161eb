import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApp } from '../../src/api/create-app.js';
import { DERIVED_TABLES } from '../../src/db/backup/derived-tables.js';
import { describeTables } from '../../src/db/backup/describe-tables.js';
import { ident } from '../../src/db/backup/quote-ident.js';
import { sqlRows } from '../../src/db/backup/sql-rows.js';
import { mergeCompanies } from '../../src/db/curation/merge-companies.js';
import type { Db } from '../../src/db/database.js';
import { createToken } from '../../src/db/tokens/create-token.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import type { ArticleInput, Extraction } from '../../src/extract/types.js';
import { ingestSources } from '../../src/ingest/ingest-sources.js';
import { openDatabase } from '../../src/db/open-database.js';
import { serverUrl, type TestDatabase } from './test-databases.js';

export const demoArticles = fileURLToPath(new URL('../../demo/articles.json', import.meta.url));

const extracted = new Map<string, Extraction>();
/** The real extractor, remembered per article: each test file extracts the demo news once, whatever the databases. */
export const cachedExtract = (a: ArticleInput): Extraction => {
  const key = JSON.stringify([a.id, a.title, a.body]);
  if (!extracted.has(key)) extracted.set(key, extractArticle(a));
  return extracted.get(key)!;
};

/** Ingests the demo news, merges two companies that share deals and creates an API token: data in every table. */
export async function fillDemo(db: Db): Promise<void> {
  const [report] = await ingestSources(db, [demoArticles], { timeoutMs: 1000, maxBytes: 1 << 24, allowPrivateAddresses: false }, cachedExtract);
  if (!report || report.error || report.failed.length || !report.inserted) throw new Error(`demo ingest failed: ${JSON.stringify(report)}`);
  const [a, b] = await sqlRows<{ id: number }>(db, 'select distinct subject_id as id from deals where subject_id is not null order by 1 limit 2');
  await mergeCompanies(db, a!.id, b!.id, 'backup-test');
  await createToken(db, 'backup-test');
}

/**
 * Every row of every table but the derived ones, as text in UTC, in a stable order: all columns, or with `stored` only the columns that
 * are not generated (each engine computes those itself: PGlite's English stemmer is not the server's).
 */
export async function everyRow(db: Db, stored = false): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await sqlRows(tx, "set local timezone = 'UTC'");
    const out: Record<string, string[]> = {};
    for (const t of await describeTables(tx)) {
      if (DERIVED_TABLES.has(t.name)) continue; // not backed up: the restored database derives them again
      const row = stored ? `row(${t.columns.map((c) => `x.${ident(c.name)}`).join(', ')})` : 'x';
      out[t.name] = (await sqlRows<{ r: string }>(tx, `select ${row}::text as r from ${ident(t.name)} x order by 1`)).map((r) => r.r);
    }
    return out;
  });
}

/** Answers of the read API a user relies on: deal search, profiles, graphs, timelines, stats, the CSV export. */
export async function apiAnswers(db: Db): Promise<Record<string, { status: number; body: string }>> {
  const app = createApp(db);
  const ids = (await sqlRows<{ id: number }>(db, `select company_id as id from deal_parties group by 1 order by count(*) desc, 1 limit 3`)).map((r) => r.id);
  const paths = [
    '/api/deals?limit=100', '/api/deals?type=funding&sort=amount&limit=20', '/api/stats/deals', '/api/deals.csv', '/api/deals.jsonl',
    '/api/companies?q=capital', '/api/merges', '/api/curation-log', '/api/articles?q=funding', '/api/feeds',
    ...ids.flatMap((id) => [`/api/companies/${id}`, `/api/companies/${id}/graph?depth=2`, `/api/companies/${id}/timeline?interval=month`]),
  ];
  const out: Record<string, { status: number; body: string }> = {};
  for (const p of paths) {
    const res = await app.request(p);
    out[p] = { status: res.status, body: await res.text() };
  }
  return out;
}

/**
 * JSON with every array and object key sorted and numbers to 12 digits: the same answer whatever order Postgres
 * returns ties in (storage order) and whatever order it added floats in (sum() of doubles).
 */
export function unordered(body: string): string {
  const sort = (v: unknown): unknown => typeof v === 'number' ? Number(v.toPrecision(12)) : Array.isArray(v) ? v.map(sort).map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x) as unknown)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)])) : v;
  try {
    return JSON.stringify(sort(JSON.parse(body)));
  } catch {
    return body.split('\n').sort().join('\n');
  }
}

/** A fresh database of each kind, migrated or not (`migrate: false` leaves it without any table). */
export const engines: { name: 'pglite' | 'postgres'; skip: string | false; open: (migrate?: boolean) => Promise<TestDatabase> }[] = [
  {
    name: 'pglite', skip: false,
    open: async (migrate = true) => {
      const d = await openDatabase({ dataDir: 'memory://', migrate });
      return { ...d, destroy: () => d.close() };
    },
  },
  {
    name: 'postgres', skip: serverUrl ? false : 'TEST_DATABASE_URL is not set: the Postgres server half is skipped',
    open: async (migrate = true) => {
      const url = await createServerDatabase();
      const d = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', migrate });
      return { ...d, destroy: async () => { await d.close(); await dropServerDatabase(url); } };
    },
  },
];

/** A new, empty database on the test server; its URL. */
export async function createServerDatabase(): Promise<URL> {
  const name = `news_intel_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(serverUrl!);
  u.pathname = `/${name}`;
  return u;
}

export async function dropServerDatabase(url: URL): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${url.pathname.slice(1)} with (force)`);
  await admin.end();
}
