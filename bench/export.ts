// CSV export of many deals: rows/s and peak memory, to show the export streams a page at a time.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/open-database.js';
import { exportDeals } from '../src/export/export-deals.js';

export async function exportBench(dealCount: number): Promise<string[]> {
  const database = await openDatabase({ dataDir: 'memory://' });
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
  return [
    `export: ${dealCount} deals in embedded PGlite, CSV streamed a page (500 deals) at a time`,
    '| rows | rows/s | MiB written | RSS before | peak RSS during export |', '|---:|---:|---:|---:|---:|',
    `| ${rows} | ${Math.round(rows / secs)} | ${(bytes / 2 ** 20).toFixed(1)} | ${(baseRss / 2 ** 20).toFixed(0)} MiB | ${(peak / 2 ** 20).toFixed(0)} MiB |`,
  ];
}
