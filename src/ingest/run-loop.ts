import type { Db } from '../db/database.js';
import { dueFeeds } from '../db/feed-due.js';
import { feedNextDue } from '../db/feed-next-due.js';
import type { FeedRow } from '../db/feed-state.js';
import { pollFeed, type PollDeps, type PollReport } from './poll-feed.js';
import { concurrencyLimit } from './schedule/concurrency-limit.js';
import { hostLimiter } from './schedule/host-limiter.js';

export interface RunOptions {
  deps: Omit<PollDeps, 'throttle' | 'signal'>;
  /** Feeds polled at once. */
  concurrency: number;
  /** Least time between two requests to one host (default 1 s). */
  hostGapMs?: number;
  /** Poll every due feed once, then return. */
  once?: boolean;
  /** Stops the loop: nothing new starts, polls in hand finish their current article and leave their feed due. */
  signal?: AbortSignal;
  /** The longest wait between two looks at the database, so that feeds added meanwhile are seen (default 60 s). */
  maxIdleMs?: number;
  onStart?: (feed: FeedRow, due: number) => void;
  onPoll?: (report: PollReport) => void;
  /** A poll that could not even record its outcome (the database failing); the feed is left alone for a while. */
  onCrash?: (feed: FeedRow, err: Error) => void;
  /** Looking for due feeds failed (the database unreachable); without this handler the loop ends with the error. */
  onError?: (err: Error) => void;
}

export interface RunSummary { polls: number; stored: number; failed: number; inserted: number }

const CRASH_COOLDOWN_MS = 60_000;
const ERROR_PAUSE_MS = 10_000;

function pause(ms: number, wake: Promise<unknown>[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    for (const w of wake) void w.then(done, done);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * `news-intel run`: polls due feeds (next check passed, or never checked) until stopped, at most `concurrency` at
 * once and one request at a time per host; sleeps until the next feed is due. With `once`, polls what is due now.
 */
export async function runLoop(db: Db, opts: RunOptions): Promise<RunSummary> {
  const limit = concurrencyLimit(opts.concurrency);
  const throttle = hostLimiter({ minGapMs: opts.hostGapMs ?? 1000 });
  const now = opts.deps.now ?? (() => new Date());
  const summary: RunSummary = { polls: 0, stored: 0, failed: 0, inserted: 0 };
  const inFlight = new Map<number, Promise<void>>();
  const cooling = new Map<number, number>();
  const poll = (feed: FeedRow) => limit(async () => {
    if (opts.signal?.aborted) return;
    const report = await pollFeed(db, feed, { ...opts.deps, throttle, signal: opts.signal });
    summary.polls++;
    summary.inserted += report.inserted;
    if (report.status === 'failed') summary.failed++;
    else summary.stored++;
    opts.onPoll?.(report);
  }).catch((err: unknown) => {
    cooling.set(feed.id, Date.now() + CRASH_COOLDOWN_MS);
    opts.onCrash?.(feed, err instanceof Error ? err : new Error(String(err)));
  }).finally(() => inFlight.delete(feed.id));

  const busy = () => [...inFlight.keys(), ...cooling.keys()];
  const idle = opts.maxIdleMs ?? 60_000;
  try {
    while (!opts.signal?.aborted) {
      for (const [id, until] of cooling) if (until <= Date.now()) cooling.delete(id);
      let wait: number;
      try {
        const due = await dueFeeds(db, now(), { exclude: busy() });
        for (const feed of due) {
          opts.onStart?.(feed, due.length);
          inFlight.set(feed.id, poll(feed));
        }
        if (opts.once) break;
        const next = await feedNextDue(db, busy());
        wait = next ? Math.min(idle, Math.max(0, next.getTime() - now().getTime())) : idle;
      } catch (err) {
        // The database going away for a while must not end a long run: say so and look again later.
        if (opts.once || !opts.onError) throw err;
        opts.onError(err instanceof Error ? err : new Error(String(err)));
        wait = Math.min(idle, ERROR_PAUSE_MS);
      }
      await pause(Math.max(wait, 100), [...inFlight.values()], opts.signal);
    }
  } finally {
    await Promise.all(inFlight.values());
  }
  return summary;
}
