// Soak: ingest, extraction and API load at once for a set time (default 10 minutes), in one process, reporting memory
// and latency every minute and a verdict on memory growth at the end.
//
// Feeds: a local server on 127.0.0.1 whose FEEDS feeds each gain a new generated article (project templates,
// fictional) every ARTICLE_EVERY_S seconds, serving their latest 20. Ingest: the real `news-intel run` loop (fetch,
// parse, extract, store) with its clock running SPEEDUP times fast, so that the 5-minute floor between two polls of a
// feed passes in seconds of real time. API: CLIENTS concurrent clients looping over deal search, company search,
// company timeline and company graph on the real Hono app served over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { serve } from '@hono/node-server';
import { createApp } from '../src/api/create-app.js';
import { registerFeed } from '../src/db/feed-register.js';
import { openDatabase } from '../src/db/open-database.js';
import { articles } from '../src/db/schema.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { runLoop } from '../src/ingest/run-loop.js';
import { generatedArticle, generatedFeed } from '../test/support/generated-news.js';
import { loadAverage, quantile } from './measure.js';
import { createScratchDatabase } from './scratch-database.js';

const FEEDS = 12;
const ARTICLE_EVERY_S = 6;
const SPEEDUP = 100;
const CLIENTS = 4;
const SAMPLE_MS = 5000;
/** Verdict bounds for the second half of the run (after warm-up), justified in the verdict line. */
const HEAP_SLOPE_MAX_MIB_PER_MIN = 1;
const RSS_SLOPE_MAX_MIB_PER_MIN = 8;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const mib = (b: number) => b / 2 ** 20;

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return num / den;
}

/** Feed k at real time t holds articles k, k+FEEDS, ... up to its newest; only the latest 20 are served. */
function startFeedServer(started: number): Promise<Server> {
  const server = createServer((req, res) => {
    const k = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? NaN);
    if (!(k >= 0 && k < FEEDS)) { res.writeHead(404); res.end(); return; }
    const newest = Math.floor((Date.now() - started) / 1000 / ARTICLE_EVERY_S);
    const items = [];
    for (let i = Math.max(0, newest - 19); i <= newest; i++) items.push(generatedArticle(i * FEEDS + k, { companies: 400 }));
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(generatedFeed(`Soak wire ${k}`, items.reverse()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function soakBench(minutes: number, databaseUrl?: string): Promise<string[]> {
  const started = Date.now();
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : null;
  const dataDir = scratch ? null : mkdtempSync(join(tmpdir(), 'news-intel-soak-'));
  const database = await openDatabase({ databaseUrl: scratch?.url, dataDir: dataDir ?? 'unused' });
  const feedServer = await startFeedServer(started);
  const feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  for (let k = 0; k < FEEDS; k++) await registerFeed(database.db, { source: `${feedBase}/feed/${k}.xml`, kind: 'url' });
  const app = createApp(database.db);
  const api = await new Promise<{ url: string; close: () => void }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ url: `http://127.0.0.1:${info.port}`, close: () => s.close() }));
  });

  const stop = new AbortController();
  let polls = 0;
  let stored = 0;
  let failedPolls = 0;
  const fastClock = () => new Date(started + (Date.now() - started) * SPEEDUP);
  const ingest = runLoop(database.db, {
    deps: { limits: { timeoutMs: 10_000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true }, extract: extractArticle, now: fastClock },
    concurrency: 2, hostGapMs: 0, maxIdleMs: 500, signal: stop.signal,
    onPoll: (r) => { polls++; stored += r.inserted; if (r.status === 'failed') failedPolls++; },
    onError: () => {},
  });

  // API clients: each loops over the four reads, with company ids found through company search.
  let latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  /** Failed requests by answer (status and error code, or the network error), to tell what went wrong. */
  const failures = new Map<string, number>();
  const failed = (what: string) => { errors++; failures.set(what, (failures.get(what) ?? 0) + 1); };
  const ids: number[] = [];
  const words = ['bra', 'cor', 'lum', 'nov', 'sol', 'ver', 'kest', 'zel'];
  const call = async (path: string) => {
    const t0 = performance.now();
    try {
      const res = await fetch(`${api.url}${path}`);
      const body = await res.json() as { items?: { id: number }[]; error?: { code?: string } };
      if (res.status !== 200) failed(`${path.replace(/\?.*|\/\d+/g, (m) => (m.startsWith('/') ? '/:id' : ''))} ${res.status} ${body.error?.code ?? ''}`.trim());
      else if (path.startsWith('/api/companies?') && body.items) for (const c of body.items.slice(0, 3)) if (!ids.includes(c.id)) ids.push(c.id);
    } catch (err) {
      failed(`${path.split('?')[0]}: ${(err as Error).message}`);
    }
    latencies.push(performance.now() - t0);
    requests++;
  };
  const clients = Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = c; !stop.signal.aborted; i++) {
      const id = ids.length ? ids[(i * 7) % ids.length] : null;
      const word = words[i % words.length]!;
      switch (i % 4) {
        case 0: await call(`/api/deals?limit=20${i % 8 === 0 ? `&q=${word}` : ''}`); break;
        case 1: await call(`/api/companies?q=${word}`); break;
        case 2: await (id ? call(`/api/companies/${id}/timeline?interval=month`) : call('/api/deals?type=funding&limit=20')); break;
        default: await (id ? call(`/api/companies/${id}/graph?depth=2`) : call('/api/deals?sort=amount&limit=20'));
      }
    }
  });

  // The clock of the run starts once everything is set up and running.
  const t0 = Date.now();
  const samples: { t: number; rss: number; heap: number }[] = [];
  const sample = () => {
    gc();
    const m = process.memoryUsage();
    samples.push({ t: (Date.now() - t0) / 60_000, rss: m.rss, heap: m.heapUsed });
    return m;
  };
  sample();
  const lines = [
    `soak: ${minutes} min on ${database.kind}; ${FEEDS} feeds gaining an article every ${ARTICLE_EVERY_S} s each, polled by the run loop`
      + ` (clock ${SPEEDUP}× fast); ${CLIENTS} API clients over deal search, company search, timeline, graph`,
    '| minute | RSS | heap used (after GC) | articles stored | polls | requests (this minute) | errors | p50 ms | p95 ms | p99 ms | load avg |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  console.log(lines.join('\n'));
  let minute = 0;
  let minuteRequests = 0;
  const sampler = setInterval(sample, SAMPLE_MS);
  while (Date.now() - t0 < minutes * 60_000 - 1000) {
    await new Promise((r) => setTimeout(r, Math.min(60_000, t0 + minutes * 60_000 - Date.now())));
    minute++;
    const m = sample();
    const count = await database.db.$count(articles);
    const window = latencies;
    latencies = [];
    const line = `| ${minute} | ${mib(m.rss).toFixed(0)} MiB | ${mib(m.heapUsed).toFixed(1)} MiB | ${count} | ${polls} | ${requests - minuteRequests} | ${errors} | `
      + `${quantile(window, 0.5).toFixed(1)} | ${quantile(window, 0.95).toFixed(1)} | ${quantile(window, 0.99).toFixed(1)} | ${loadAverage()} |`;
    minuteRequests = requests;
    console.log(line);
    lines.push(line);
  }
  clearInterval(sampler);
  stop.abort();
  await Promise.all([ingest, ...clients]);
  api.close();
  feedServer.close();
  await database.close();
  await scratch?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });

  const half = samples.filter((s) => s.t >= minutes / 2);
  const rssSlope = mib(slope(half.map((s) => ({ x: s.t, y: s.rss }))));
  const heapSlope = mib(slope(half.map((s) => ({ x: s.t, y: s.heap }))));
  const perMinute = requests / minutes;
  const pass = heapSlope <= HEAP_SLOPE_MAX_MIB_PER_MIN && rssSlope <= RSS_SLOPE_MAX_MIB_PER_MIN;
  const verdict = [
    `soak: ${requests} API requests (${errors} errors${failures.size ? `: ${[...failures].map(([w, n]) => `${n} × ${w}`).join('; ')}` : ''}),`
      + ` ${stored} articles stored in ${polls} polls (${failedPolls} failed)`,
    `soak: memory growth over the second half (${half.length} samples, every ${SAMPLE_MS / 1000} s): heap after GC ${heapSlope.toFixed(2)} MiB/min`
      + ` (bound ${HEAP_SLOPE_MAX_MIB_PER_MIN}), RSS ${rssSlope.toFixed(2)} MiB/min (bound ${RSS_SLOPE_MAX_MIB_PER_MIN})`,
    `soak: the heap bound is ${((HEAP_SLOPE_MAX_MIB_PER_MIN * 2 ** 20) / Math.max(1, perMinute)).toFixed(0)} bytes per API request at this run's rate`
      + ` (a leak of that much per request, or more, would fail it); RSS also holds the database engine's page cache (PGlite) and allocator slack, hence the looser bound`,
    `soak: verdict: ${pass ? 'PASS: memory levels off' : 'FAIL: memory keeps growing'}`,
  ];
  console.log(verdict.join('\n'));
  if (!pass) process.exitCode = 1;
  return [...lines, ...verdict];
}
