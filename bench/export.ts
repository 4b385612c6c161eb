// CSV export of many deals: rows/s and peak memory, to show the export streams a page at a time.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/open-database.js';
import { exportDeals } from '../src/export/export-deals.js';

/** With `databaseUrl`, the rows go to a fresh database made on that server (and dropped after); else to in-memory PGlite. */
export async function exportBench(dealCount: number, databaseUrl?: string): Promise<string[]> {
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : null;
  const database = await openDatabase({ dataDir: 'memory://', databaseUrl: scratch?.url });
  const db = database.db;
  // Synthetic rows made in the database: 2,000 companies, `dealCount` funding deals, two investors each.
  await db.execute(sql`insert into companies (name, norm_name) select 'Company ' || i, 'company ' || i from generate_series(1, 2000) i`);
  await db.execute(sql`insert into deals (type, subject_id, subject_name, amount_value, amount_currency, amount_usd, round, status, announced_on, confidence)
    select 'funding', 1 + i % 2000, 'Company ' || (1 + i % 2000), 1000000 + i, 'USD', 1000000 + i, 'Series A', 'completed',
      date '2020-01-01' + (i % 2000), 0.8 from generate_series(1, ${dealCount}) i`);
  await db.execute(sql`insert into deal_parties (deal_id, company_id, role)
    select d.id, 1 + (d.id * 7 + k) % 2000, case k when 0 then 'lead_investor' else 'investor' end from deals d, generate_series(0, 1) k
    on conflict do nothing`);
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  let rows = -1; // header
  let bytes = 0;
  const start = process.hrtime.bigint();
  for await (const chunk of exportDeals(db, { sort: 'date' }, 'csv')) {
    rows += chunk.split('\r\n').length - 1;
    bytes += Buffer.byteLength(chunk);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  await database.close();
  await scratch?.drop();
  return [
    `export: ${dealCount} deals in ${scratch ? 'a Postgres server database' : 'embedded PGlite'}, CSV streamed a page (500 deals) at a time`,
    '| rows | rows/s | MiB written | RSS before | peak RSS during export |', '|---:|---:|---:|---:|---:|',
    `| ${rows} | ${Math.round(rows / secs)} | ${(bytes / 2 ** 20).toFixed(1)} | ${(baseRss / 2 ** 20).toFixed(0)} MiB | ${(peak / 2 ** 20).toFixed(0)} MiB |`,
  ];
}

async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `news_intel_bench_${process.pid}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try { await c.query(q); } finally { await c.end(); }
  };
  await admin(`create database ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
