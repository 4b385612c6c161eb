import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { extractArticle } from '../../extract/extract-article.js';
import { loadKnownCompanies } from '../../db/queries/load-known-companies.js';
import { refreshKnownCompanies } from '../../db/refresh-known-companies.js';
import { refreshDealLines } from '../../db/refresh-deal-lines.js';
import { ingestSources, type IngestReport } from '../../ingest/ingest-sources.js';
import { fetchOptions, openFromConfig } from '../open-from-config.js';
import { progress } from '../progress.js';
import { readCount } from '../read-count.js';
import { createExtractPool, type ExtractPool } from '../../extract-pool/extract-pool.js';

export const ingestUsage = 'news-intel ingest [--threads N] <path-or-url>...    store and extract articles (page text, RSS/Atom, JSON, JSON Lines); --threads: extract on N worker threads';

export function describeReport(r: IngestReport): string {
  if (r.error) return `${r.source}: failed: ${r.error}`;
  return `${r.source}: ${r.articles} articles: ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged${r.failed.length ? `, ${r.failed.length} failed` : ''}`;
}

/** Ingests every source; exits non-zero when any source or article failed (the rest is stored). */
export async function ingestCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { threads: { type: 'string' } } });
  if (!positionals.length) throw new Error(`usage: ${ingestUsage}`);
  const threads = readCount('ingest', '--threads', values.threads, 0, 0, 64);
  const config = loadConfig();
  const database = await openFromConfig(config);
  let pool: ExtractPool | undefined;
  try {
    const bar = progress('ingest', { every: 10 });
    const known = await loadKnownCompanies(database.db);
    if (threads > 0) {
      pool = await createExtractPool(threads);
      pool.setKnown(known);
    }
    const reports = await ingestSources(database.db, positionals, fetchOptions(config), (article) => extractArticle(article, known), (r) => {
      bar.setTotal(r.articles);
      bar.step(`${r.source}: ${r.inserted + r.updated + r.unchanged + r.failed.length}/${r.articles} articles`);
    }, { extractMany: pool?.extractMany });
    bar.done();
    // The next ingest recognises what this one established (a snapshot taken once everything is stored).
    await refreshKnownCompanies(database.db);
    await refreshDealLines(database.db);
    let failed = false;
    for (const r of reports) {
      console.log(describeReport(r));
      for (const f of r.failed) console.error(`  ${f.error}`);
      failed ||= Boolean(r.error) || r.failed.length > 0;
    }
    return failed ? 1 : 0;
  } finally {
    await pool?.close();
    await database.close();
  }
}
