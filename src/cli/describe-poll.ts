import type { PollReport } from '../ingest/poll-feed.js';

const when = (d: Date | null) => (d ? d.toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace('T', ' ') : 'now');

/** One line saying what a poll did and when the feed is looked at next. */
export function describePoll(r: PollReport): string {
  const head = `poll: ${r.source}:`;
  switch (r.status) {
    case 'not-modified': return `${head} not modified; next check ${when(r.nextCheckAt)}`;
    case 'failed': return `${head} failed: ${r.error}; next try ${when(r.nextCheckAt)}`;
    case 'interrupted': return `${head} interrupted after ${r.inserted + r.updated + r.unchanged} articles; it stays due`;
    case 'stored': {
      const dropped = Object.entries(r.dropped).map(([reason, n]) => `${reason} ${n}`).join(', ');
      return `${head} ${r.items} items: ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged`
        + `${r.failed.length ? `, ${r.failed.length} failed` : ''}${r.fullText ? `, ${r.fullText} pages read` : ''}`
        + `${dropped ? `; dropped ${dropped}` : ''}; next check ${when(r.nextCheckAt)}`;
    }
  }
}
