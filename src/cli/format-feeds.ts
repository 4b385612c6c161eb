import type { FeedListing } from '../db/queries/list-feeds.js';

const at = (d: Date | null) => (d ? d.toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace('T', ' ') : 'never');

/** The feed list for people: one block per feed, with what `news-intel run` knows about it. */
export function formatFeeds(list: FeedListing[]): string {
  if (!list.length) return 'no feeds yet: add one with `news-intel feeds add <url>` or `news-intel feeds import <file.opml>`\n';
  return list.map((f) => {
    const tags = f.tags.length ? `  tags: ${f.tags.join(', ')}` : '';
    const lines = [
      `#${f.id}  ${f.title ?? '(untitled)'}  [${f.kind}${f.fetchFullText ? ', full text' : ''}]${tags}`,
      `    ${f.source}`,
      `    ${f.articles} articles · last success ${at(f.lastSuccessAt)} · next check ${f.kind === 'file' ? '-' : f.nextCheckAt ? at(f.nextCheckAt) : 'now'}`
        + `${f.errorCount ? ` · ${f.errorCount} errors in a row` : ''}`,
    ];
    if (f.lastError) lines.push(`    last error: ${f.lastError}`);
    return `${lines.join('\n')}\n`;
  }).join('');
}
