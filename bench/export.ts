// CSV export of every deal of the dataset (200k at --scale 1m): rows/s and peak memory of news-intel's export, next to the
// database alone writing the same rows, with the same aggregation, as CSV through COPY in one statement.
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
  return [
    `export: every deal as CSV, newest first; ${describeDataset(data)}; load average ${loadAverage()}`,
    '| figure | rows | rows/s | MiB written | peak RSS | target |', '|---|---:|---:|---:|---:|---|',
    `| database alone: COPY of the same rows and aggregates to CSV, one statement (reference) | ${ref.rows} | ${Math.round(ref.rows / refSecs)} | ${(ref.bytes / 2 ** 20).toFixed(1)} | — | |`,
    `| news-intel exportDeals, CSV, pages of 2,000 by keyset | ${rows} | ${Math.round(rows / secs)} | ${(bytes / 2 ** 20).toFixed(1)} | ${mib(peakRss)} (${mib(baseRss)} before) | ≥ 100,000 rows/s, < 300 MiB |`,
  ];
}
