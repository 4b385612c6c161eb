import { readFile } from 'node:fs/promises';
import type { Db } from '../db/database.js';
import { registerFeed } from '../db/feed-register.js';
import { parseOpml } from '../ingest/parse/parse-opml.js';

/** `feeds import <file.opml>`: every feed outline becomes a URL feed, its folders its tags; known feeds gain the tags. */
export async function importOpml(db: Db, file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`feeds: ${file}: cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  const opml = parseOpml(text, file);
  let added = 0;
  for (const f of opml.feeds) {
    const { created } = await registerFeed(db, { source: f.url, kind: 'url', title: f.title, siteUrl: f.siteUrl, tags: f.tags });
    if (created) added++;
  }
  const dropped = Object.entries(opml.dropped).map(([reason, n]) => `${reason} ${n}`).join(', ');
  return `feeds: ${file}: ${opml.feeds.length} feeds: ${added} added, ${opml.feeds.length - added} already present`
    + `${dropped ? `; skipped ${dropped}` : ''}`;
}
