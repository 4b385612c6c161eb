import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { extractArticle } from '../../extract/extract-article.js';
import { loadSource } from '../../ingest/load-source.js';
import { fetchOptions } from '../open-from-config.js';

export const extractUsage = 'news-intel extract <path-or-url>...   print one JSON object per article (no database)';

/** Prints the extraction of every article in the sources as JSON Lines, touching no database. */
export async function extractCommand(args: string[], out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (!positionals.length) throw new Error(`usage: ${extractUsage}`);
  const opts = fetchOptions(loadConfig());
  for (const source of positionals) {
    const { articles } = await loadSource(source, opts);
    for (const article of articles) out.write(`${JSON.stringify(extractArticle(article))}\n`);
  }
}
