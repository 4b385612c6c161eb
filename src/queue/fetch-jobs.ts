import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.js';
import { feeds } from '../db/schema.js';
import { pollFeed, type PollDeps, type PollReport } from '../ingest/poll-feed.js';
import type { FetchJobData } from './enqueue-fetches.js';
import { queuedStore } from './queued-store.js';

export interface FetchJobsDeps {
  db: Db;
  boss: PgBoss;
  poll: Omit<PollDeps, 'signal' | 'store'>;
  signal?: AbortSignal;
  onPoll?: (report: PollReport) => void;
}

/**
 * Works fetch jobs one feed at a time: a feed no longer due (another worker polled it since the job was sent) or
 * removed is skipped; a due one is polled as `news-intel run` polls it, its new articles stored with an extract job
 * each. A poll stopped by shutdown fails its job back to the queue (the feed stays due).
 */
export function fetchJobs(deps: FetchJobsDeps): (jobs: PgBoss.Job<FetchJobData>[]) => Promise<unknown> {
  const store = queuedStore(deps.boss);
  return async (jobs) => {
    const out: unknown[] = [];
    for (const job of jobs) {
      const feedId = (job.data as Partial<FetchJobData> | null)?.feedId;
      if (!Number.isSafeInteger(feedId)) throw new Error(`worker: fetch job ${job.id}: data has no feed id: ${JSON.stringify(job.data)}`);
      const [feed] = await deps.db.select().from(feeds).where(eq(feeds.id, feedId!));
      const now = (deps.poll.now ?? (() => new Date()))();
      if (!feed) {
        out.push({ feedId, skipped: 'removed' });
        continue;
      }
      if (feed.nextCheckAt && feed.nextCheckAt > now) {
        out.push({ feedId, skipped: 'not due' });
        continue;
      }
      const report = await pollFeed(deps.db, feed, { ...deps.poll, store, signal: deps.signal });
      if (report.status === 'interrupted') throw new Error(`worker: stopping: the poll of ${feed.source} was handed back to the queue`);
      deps.onPoll?.(report);
      out.push({ feedId, status: report.status, inserted: report.inserted, updated: report.updated });
    }
    return jobs.length === 1 ? out[0] : { polls: out };
  };
}
