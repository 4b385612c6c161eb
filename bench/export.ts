// CSV export of every deal of the dataset (200k at --scale 1m): rows/s and peak memory of news-intel's export (on a
// server: the set-based statement of dealLinesQuery streamed through COPY binary, lines written in Node), next to the
// database alone running that statement to CSV through COPY, and the database alone writing the same rows with
// correlated subqueries (the statement shape the export used before) as CSV through COPY.
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { dealConditions } from '../src/db/queries/deal-conditions.js';
import { dealLinesQuery } from '../src/db/queries/deal-lines-query.js';
import { exportDeals } from '../src/export/export-deals.js';
import { EXPORT_SESSION } from '../src/export/export-session.js';
import { inlineParams } from '../src/export/inline-params.js';
import { dataset, describeDataset } from './dataset.js';
import { loadAverage, mib, rssPeak } from './measure.js';

const REFERENCE_QUERY = `select d.id, d.type, coalesce((select name from companies where id = d.subject_id), d.subject_name), d.round, d.amount_value,
  d.amount_currency, d.amount_usd, d.usd_converted, d.status, d.announced_on, d.confidence,
  (select json_agg(json_build_array(p.role, c.name) order by p.role, c.name) from deal_parties p join companies c on c.id = p.company_id and not c.marked_wrong where p.deal_id = d.id),
  (select json_agg(json_build_array(a.title, a.url, s.evidence) order by a.published_at, a.id) from deal_sources s join articles a on a.id = s.article_id where s.deal_id = d.id)
  from deals d where d.review is distinct from 'rejected' order by d.announced_on desc, d.id desc`;

export async function exportBench(articles: number, databaseUrl: string | undefined): Promise<string[]> {
  const data = await dataset(articles, databaseUrl);
  // The export runs first, so that the reference's buffers are not in the process's memory while it is measured.
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  const peak = rssPeak();
  let rows = -1; // the header
  let bytes = 0;
  const start = process.hrtime.bigint();
  for await (const chunk of exportDeals(data.h.db, { sort: 'date' }, 'csv')) {
    for (let i = chunk.indexOf('\r\n'); i !== -1; i = chunk.indexOf('\r\n', i + 2)) rows++;
    bytes += Buffer.byteLength(chunk);
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const peakRss = peak.stop();
  const t0 = process.hrtime.bigint();
  const ref = await data.h.copyOut(REFERENCE_QUERY);
  const refSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  const where = await dealConditions(data.h.db, { sort: 'date' });
  const statement = inlineParams(new PgDialect().sqlToQuery(dealLinesQuery(where === 'none' ? undefined : where, 'date', { narrow: false })));
  const t1 = process.hrtime.bigint();
  const own = data.h.kind === 'postgres' ? await copyOut((data.h.db as unknown as { $client: pg.Pool }).$client, statement) : null;
  const ownSecs = Number(process.hrtime.bigint() - t1) / 1e9;
  const path = data.h.kind === 'postgres'
    ? 'one set-based statement streamed by COPY (binary), lines written in Node'
    : 'PGlite: pages of 2,000 by keyset, rows written in Node';
  return [
    `export: every deal as CSV, newest first; ${describeDataset(data)}; load average ${loadAverage()}`,
    '| figure | rows | rows/s | MiB written | peak RSS | target |', '|---|---:|---:|---:|---:|---|',
    `| database alone: COPY to CSV of the same rows, parties and sources by correlated subqueries (reference) | ${ref.rows} | ${Math.round(ref.rows / refSecs)} | ${(ref.bytes / 2 ** 20).toFixed(1)} | — | |`,
    ...(own ? [`| database alone: COPY to CSV of the export's set-based statement (lists as arrays) | ${own.rows} | ${Math.round(own.rows / ownSecs)} | ${(own.bytes / 2 ** 20).toFixed(1)} | — | |`] : []),
    `| news-intel exportDeals, CSV: ${path} | ${rows} | ${Math.round(rows / secs)} | ${(bytes / 2 ** 20).toFixed(1)} | ${mib(peakRss)} (${mib(baseRss)} before) | ≥ 100,000 rows/s, < 300 MiB |`,
  ];
}

/** `COPY (statement) TO STDOUT (FORMAT csv)` in a session set up as the export's own: the rows and bytes. */
async function copyOut(pool: pg.Pool, statement: string): Promise<{ rows: number; bytes: number }> {
  const client = new pg.Client(pool.options);
  await client.connect();
  try {
    await client.query(EXPORT_SESSION);
    let rows = 0;
    let bytes = 0;
    for await (const chunk of client.query(copyTo(`copy (${statement}) to stdout (format csv)`)) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
    }
    return { rows, bytes };
  } finally {
    await client.end();
  }
}
