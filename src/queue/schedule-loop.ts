import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.js';
import { dueFeeds } from '../db/feed-due.js';
import { enqueueFetches } from './enqueue-fetches.js';
import { enqueuePending } from './enqueue-pending.js';
import { abortableSleep } from '../util/abortable-sleep.js';

export interface ScheduleOptions {
  /** Send what is due now, then return. */
  once?: boolean;
  signal?: AbortSignal;
  /** Time between two looks (default 30 s). */
  intervalMs?: number;
  /** Articles waiting for extraction at least this long get a job again (default 60 s). */
  graceSeconds?: number;
  onTick?: (sent: { feeds: number; pending: number }) => void;
  onError?: (err: Error) => void;
}


/**
 * `news-intel run --queue`: sends a fetch job for every due feed and an extract job for every article still waiting
 * for one, then looks again. Jobs are keyed (a feed, an article's text), so any number of schedulers may run at once
 * without doubling work; workers (`news-intel worker`) do the fetching and extracting.
 */
export async function scheduleLoop(db: Db, boss: PgBoss, opts: ScheduleOptions = {}): Promise<{ ticks: number; feeds: number; pending: number }> {
  const total = { ticks: 0, feeds: 0, pending: 0 };
  while (!opts.signal?.aborted) {
    try {
      const due = await dueFeeds(db, new Date(), { limit: 10_000 });
      await enqueueFetches(boss, due.map((f) => f.id));
      const pending = await enqueuePending(db, boss, opts.graceSeconds ?? 60);
      total.ticks++;
      total.feeds += due.length;
      total.pending += pending;
      opts.onTick?.({ feeds: due.length, pending });
    } catch (err) {
      if (opts.once || !opts.onError) throw err;
      opts.onError(err instanceof Error ? err : new Error(String(err)));
    }
    if (opts.once) break;
    await abortableSleep(opts.intervalMs ?? 30_000, opts.signal);
  }
  return total;
}
