// Feed polling throughput: 1,000 feeds on a local server (half answering 304 to a conditional GET), into PGlite.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/open-database.js';
import { registerFeed } from '../src/db/feed-register.js';
import { feeds } from '../src/db/schema.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { runLoop } from '../src/ingest/run-loop.js';

const WORDS = ['Harbor', 'Quill', 'Mosaic', 'Ember', 'Juniper', 'Lattice', 'Orchid', 'Pylon', 'Cobalt', 'Tundra', 'Vesper', 'Willow'];
const name = (n: number) => `${WORDS[n % WORDS.length]}${WORDS[(n * 7 + 3) % WORDS.length]!.toLowerCase()}`;

function feedXml(n: number): string {
  const items = [0, 1, 2].map((i) => {
    const co = name(n * 3 + i);
    return `<item><guid>feed-${n}-item-${i}</guid><title>${co} raises $${(n % 40) + 2} million Series A</title>
<link>http://bench.invalid/${n}/${i}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>${co}, a Lisbon-based startup, has raised $${(n % 40) + 2} million in a Series A round led by ${name(n + 11)} Capital. ${name(n + 5)} Ventures also joined. The company, feed ${n} item ${i}, said it will hire ${n + i} engineers.</description></item>`;
  }).join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench ${n}</title><link>http://bench.invalid/</link>${items}</channel></rss>`;
}

export async function feedsBench(feedCount: number): Promise<string[]> {
  const server = createServer((req, res) => {
    const n = Number(/\/feed\/(\d+)/.exec(req.url ?? '')?.[1]);
    const etag = `"bench-${n}"`;
    if (n % 2 === 0 && req.headers['if-none-match'] === etag) { res.writeHead(304); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml', ...(n % 2 === 0 ? { etag } : {}) });
    res.end(feedXml(n));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const database = await openDatabase({ dataDir: 'memory://' });
  for (let n = 0; n < feedCount; n++) await registerFeed(database.db, { source: `http://127.0.0.1:${port}/feed/${n}`, kind: 'url' });
  const deps = { limits: { timeoutMs: 10_000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true }, extract: extractArticle };
  const pass = async () => {
    const start = process.hrtime.bigint();
    const summary = await runLoop(database.db, { deps, concurrency: 8, hostGapMs: 0, once: true });
    return { summary, secs: Number(process.hrtime.bigint() - start) / 1e9 };
  };
  const first = await pass();
  await database.db.update(feeds).set({ nextCheckAt: sql`now() - interval '1 second'` });
  const second = await pass();
  await database.close();
  server.close();
  return [
    `feeds: ${feedCount} on one local server, concurrency 8, no per-host gap (politeness off for the bench)`,
    '| pass | feeds polled | feeds/s | articles stored | articles/s (fetch + parse + extract + store) |',
    '|---|---:|---:|---:|---:|',
    `| first (all 200) | ${first.summary.polls} | ${(first.summary.polls / first.secs).toFixed(1)} | ${first.summary.inserted} | ${(first.summary.inserted / first.secs).toFixed(1)} |`,
    `| second (half 304, half unchanged 200) | ${second.summary.polls} | ${(second.summary.polls / second.secs).toFixed(1)} | ${second.summary.inserted} | - |`,
  ];
}
