import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { registerFeed } from '../db/feed-register.js';
import { parseFreshrssExport } from '../ingest/parse/parse-freshrss-export.js';
import { storeFeedItems } from '../ingest/schedule/store-feed-items.js';
import { openFromConfig } from './open-from-config.js';
import { pollDeps } from './poll-deps.js';
import { progress } from './progress.js';

/** `freshrss import <export.json>`: every article of the export stored (one failing never loses the others). */
export async function importFreshrssExport(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`freshrss: ${file}: cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  const parsed = parseFreshrssExport(text, file);
  const config = loadConfig();
  const database = await openFromConfig(config);
  const bar = progress('articles stored', { every: 100 });
  try {
    const { feed } = await registerFeed(database.db, { source: resolve(file), kind: 'file', format: 'freshrss-export' });
    bar.setTotal(parsed.articles.length);
    const tally = await storeFeedItems(database.db, feed, parsed.articles, {
      ...pollDeps(config), throttle: (_url, request) => request(),
      onArticle: (t) => bar.step(`${file}: ${t.inserted} new, ${t.updated} updated, ${t.unchanged} unchanged`),
    });
    bar.done();
    for (const f of tally.failed) console.error(`  ${f.error}`);
    const dropped = Object.entries(parsed.dropped).map(([reason, n]) => `${reason} ${n}`).join(', ');
    console.log(`freshrss: ${file}: ${parsed.articles.length} articles: ${tally.inserted} new, ${tally.updated} updated, `
      + `${tally.unchanged} unchanged${tally.failed.length ? `, ${tally.failed.length} failed` : ''}${dropped ? `; skipped ${dropped}` : ''}`);
    return tally.failed.length ? 1 : 0;
  } finally {
    bar.done();
    await database.close();
  }
}
