// CSV export of every deal of the dataset (200k at --scale 1m): rows/s and peak memory of news-intel's export, first
// with every deal marked stale (as the bulk load leaves them: parties and sources aggregated by the statement, lines
// written in Node), then with the deals' export lines written (refreshDealLines, timed) and copied; next to the database
// alone writing the same rows with correlated subqueries as CSV through COPY (the statement shape the export once used).
import type { Db } from '../src/db/database.js';
import { refreshDealLines } from '../src/db/refresh-deal-lines.js';
import { exportDeals } from '../src/export/export-deals.js';
import { dataset, describeDataset } from './dataset.js';
import { loadAverage, mib, rssPeak } from './measure.js';

const REFERENCE_QUERY = `select d.id, d.type, coalesce((select name from companies where id = d.subject_id), d.subject_name), d.round, d.amount_value,
  d.amount_currency, d.amount_usd, d.usd_converted, d.status, d.announced_on, d.confidence,
  (select json_agg(json_build_array(p.role, c.name) order by p.role, c.name) from deal_parties p join companies c on c.id = p.company_id and not c.marked_wrong where p.deal_id = d.id),
  (select json_agg(json_build_array(a.title, a.url, s.evidence) order by a.published_at, a.id) from deal_sources s join articles a on a.id = s.article_id where s.deal_id = d.id)
  from deals d where d.review is distinct from 'rejected' order by d.announced_on desc, d.id desc`;

export async function exportBench(articles: number, databaseUrl: string | undefined): Promise<string[]> {
  const data = await dataset(articles, databaseUrl);
  const path = data.h.kind === 'postgres'
    ? 'one statement streamed by COPY (binary) on a connection of its own'
    : 'PGlite: pages of 2,000 by keyset, rows written in Node';
  // The dataset is loaded by COPY, whose triggers mark every deal: the first export reads each deal afresh (parties and
  // sources aggregated in the statement, lines written in Node). Then the lines are written as serve, run, worker and
  // ingest do after their writes (timed), and the export copies them.
  const stale = await timedExport(data.h.db);
  const r0 = process.hrtime.bigint();
  const refreshed = await refreshDealLines(data.h.db);
  const refreshSecs = Number(process.hrtime.bigint() - r0) / 1e9;
  const ready = await timedExport(data.h.db);
  const t0 = process.hrtime.bigint();
  const ref = await data.h.copyOut(REFERENCE_QUERY);
  const refSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  const row = (label: string, r: Timed, target = '') =>
    `| ${label} | ${r.rows} | ${Math.round(r.rows / r.secs)} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${mib(r.peakRss)} (${mib(r.baseRss)} before) | ${target} |`;
  return [
    `export: every deal as CSV, newest first; ${describeDataset(data)}; load average ${loadAverage()}`,
    `export lines written for ${refreshed} deals in ${refreshSecs.toFixed(1)} s (${Math.round(refreshed / refreshSecs)} deals/s, refreshDealLines)`,
    '| figure | rows | rows/s | MiB written | peak RSS | target |', '|---|---:|---:|---:|---:|---|',
    `| database alone: COPY to CSV of the same rows, parties and sources by correlated subqueries (reference) | ${ref.rows} | ${Math.round(ref.rows / refSecs)} | ${(ref.bytes / 2 ** 20).toFixed(1)} | — | |`,
    row(`news-intel exportDeals, CSV, every deal marked stale (lines not written yet): ${path}`, stale),
    row(`news-intel exportDeals, CSV, lines ready: ${path}`, ready, '≥ 100,000 rows/s, < 300 MiB'),
  ];
}

interface Timed { rows: number; bytes: number; secs: number; peakRss: number; baseRss: number }

/** Every deal as CSV through exportDeals: rows (header left out), bytes, seconds and peak RSS. */
async function timedExport(db: Db): Promise<Timed> {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  const peak = rssPeak();
  let rows = -1; // the header
  let bytes = 0;
  const start = process.hrtime.bigint();
  for await (const chunk of exportDeals(db, { sort: 'date' }, 'csv')) {
    for (let i = chunk.indexOf('\r\n'); i !== -1; i = chunk.indexOf('\r\n', i + 2)) rows++;
    bytes += Buffer.byteLength(chunk);
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  return { rows, bytes, secs, peakRss: peak.stop(), baseRss };
}

