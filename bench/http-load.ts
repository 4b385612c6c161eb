// HTTP load: 200 connections for 30 s on deal search (a rotation of filter sets) next to Hono's /healthz under the same
// load, both served by the app `news-intel serve` builds (rate limiting configured off) over the dataset, autocannon
// running on a worker thread so that it does not share the server's event loop.
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { apiOptions } from '../src/api/api-options.js';
import { createApp } from '../src/api/create-app.js';
import { loadConfig } from '../src/config.js';
import { dataset, describeDataset } from './dataset.js';
import { loadAverage } from './measure.js';

const DEAL_SEARCHES = ['/api/deals', '/api/deals?type=funding&round=Series%20A', '/api/deals?type=funding&min_usd=10000000&from=2025-01-01',
  '/api/deals?status=completed&min_confidence=0.8', '/api/deals?type=acquisition&sort=amount', '/api/deals?q=partnership',
  '/api/deals?type=partnership,joint_venture&limit=20', '/api/deals?min_usd=50000000&sort=amount'];

function load(url: string, paths: string[], connections: number, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, timeout: 60, workers: 1, requests: paths.map((path) => ({ method: 'GET', path })) },
      (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export async function httpBench(articles: number, databaseUrl: string | undefined, connections: number, duration: number): Promise<string[]> {
  const data = await dataset(articles, databaseUrl);
  // The options `serve` takes from its configuration, with the rate limit off: a bench is one client with many connections.
  const app = createApp(data.h.db, undefined, apiOptions(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })));
  // Requests still running when autocannon hangs up finish before the dataset's pool may close.
  let inFlight = 0;
  const server = serve({
    fetch: async (req: Request) => { inFlight++; try { return await app.fetch(req); } finally { inFlight--; } },
    hostname: '127.0.0.1', port: 0,
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const rows: string[] = [];
    for (const [label, paths] of [['GET /healthz (reference)', ['/healthz']], [`GET /api/deals, ${DEAL_SEARCHES.length} filter sets in turn`, DEAL_SEARCHES]] as const) {
      const r = await load(base, [...paths], connections, duration);
      const failed = r.errors + r.timeouts + r.non2xx;
      rows.push(`| ${label} | ${r.requests.total} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${failed} (${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts) |`);
    }
    return [
      `http: ${connections} connections for ${duration} s per route (autocannon on 127.0.0.1); ${describeDataset(data)}; load average ${loadAverage()}`,
      '| route | requests | requests/s | p50 ms | p99 ms | failed |', '|---|---:|---:|---:|---:|---|', ...rows,
    ];
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
