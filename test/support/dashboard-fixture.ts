import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Db } from '../../src/db/database.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import type { ArticleInput } from '../../src/extract/types.js';
import { ingestSources } from '../../src/ingest/ingest-sources.js';
import { CHROMIUM } from './browser.js';

/**
 * Why a browser suite skips, or false when it runs: Chromium missing and not required. CI sets REQUIRE_CHROMIUM=1,
 * and then a missing browser fails in the suite's beforeAll instead.
 */
export function chromiumSkip(file: string): string | false {
  if (existsSync(CHROMIUM) || process.env.REQUIRE_CHROMIUM === '1') return false;
  const why = `${CHROMIUM} does not exist (apt-get install chromium), so the browser tests are skipped; REQUIRE_CHROMIUM=1 makes this a failure`;
  console.warn(`${file}: ${why}`);
  return why;
}

/** Fails a browser suite that must run (REQUIRE_CHROMIUM=1) on a machine without Chromium. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`REQUIRE_CHROMIUM=1 but ${CHROMIUM} does not exist (apt-get install chromium)`);
}

/** The dashboard suites' data: the demo news and `extra` articles, through the real ingest path; any failure throws. */
export async function seedDashboard(db: Db, extra: ArticleInput[]): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'news-intel-dashboard-'));
  try {
    const extraFile = join(tmp, 'extra.json');
    await writeFile(extraFile, JSON.stringify({ articles: extra }));
    const fetchOpts = { timeoutMs: 5000, maxBytes: 5e7, allowPrivateAddresses: false };
    for (const r of await ingestSources(db, ['demo/articles.json', extraFile], fetchOpts, extractArticle)) {
      if (r.error || r.failed.length) throw new Error(`seedDashboard: ${r.source}: ${r.error ?? JSON.stringify(r.failed)}`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Serves `app` on a free port of 127.0.0.1. */
export function serveApp(app: { fetch: (req: Request) => Response | Promise<Response> }): Promise<{ server: ServerType; base: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}
