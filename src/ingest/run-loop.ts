import type { Db } from '../db/database.js';
import { dueFeeds } from '../db/feed-due.js';
import { feedNextDue } from '../db/feed-next-due.js';
import type { FeedRow } from '../db/feed-state.js';
import { isConnectionError } from '../db/is-connection-error.js';
import { retryDelay, retryOnConnectionError, type RetryOptions } from '../db/retry-on-connection-error.js';
import { pollFeed, type PollDeps, type PollReport } from './poll-feed.js';
import { concurrencyLimit } from './schedule/concurrency-limit.js';
import { hostLimiter } from './schedule/host-limiter.js';
import { abortableSleep } from '../util/abortable-sleep.js';

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
  /** Looking for due feeds failed (the database unreachable); without this handler the loop ends with the error. Looks again in `retryInMs`. */
  onError?: (err: Error, retryInMs: number) => void;
  /** A poll lost its database connection (its articles not all stored, or its state not saved): it runs again after `delayMs`. */
  onRetry?: (feed: FeedRow, info: { attempt: number; delayMs: number; error: Error }) => void;
  /** The database answers again after `failures` failed attempts (of a poll, or of the look for due feeds when `feed` is null). */
  onRecovered?: (feed: FeedRow | null, failures: number) => void;
  /** Backoff of those retries (default: 8 retries from 500 ms, doubling to 30 s, with jitter). */
  retry?: Pick<RetryOptions, 'retries' | 'baseMs' | 'maxMs' | 'random'>;
}

/** A poll that ran but lost the database connection part-way; carries its report for when retries run out. */
class PollLostConnection extends Error {
  constructor(readonly report: PollReport, reason: string) {
    super(reason);
    this.name = 'PollLostConnection';
  }
}

/** The connection failure a finished poll ran into: an article it could not store, or the poll itself failing on it. */
function lostConnection(report: PollReport): string | undefined {
  const article = report.failed.find((f) => isConnectionError(f.error));
  if (article) return article.error;
  if (report.status === 'failed' && report.error && isConnectionError(report.error)) return report.error;
  return undefined;
}

export interface RunSummary { polls: number; stored: number; failed: number; inserted: number }

const CRASH_COOLDOWN_MS = 60_000;
/** Backoff of the look for due feeds while the database is away: 1 s doubling to 30 s. */
const LOOK_RETRY = { baseMs: 1000, maxMs: 30_000 };


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
  /**
   * One feed's poll; when the database connection fails under it, the poll runs again with backoff: articles
   * stored before the failure are seen as unchanged, the rest are stored, and the feed's state is saved once.
   */
  const pollRetrying = async (feed: FeedRow): Promise<PollReport> => {
    let failures = 0;
    // Articles stored by attempts that then lost the connection: the next attempt sees them as unchanged.
    const carried = { inserted: 0, updated: 0 };
    const withCarried = (r: PollReport): PollReport => ({
      ...r, inserted: r.inserted + carried.inserted, updated: r.updated + carried.updated,
      unchanged: Math.max(0, r.unchanged - carried.inserted - carried.updated),
    });
    try {
      const report = await retryOnConnectionError(async () => {
        const r = await pollFeed(db, feed, { ...opts.deps, throttle, signal: opts.signal });
        const lost = lostConnection(r);
        if (!lost) return withCarried(r);
        const failed = withCarried(r);
        carried.inserted += r.inserted;
        carried.updated += r.updated;
        throw new PollLostConnection(failed, lost);
      }, { ...opts.retry, signal: opts.signal, onRetry: (info) => { failures++; opts.onRetry?.(feed, info); } });
      if (failures) opts.onRecovered?.(feed, failures);
      return report;
    } catch (err) {
      // Retries spent (or the run stopping): the report stands as it is, with its failed articles; the feed stays due.
      if (err instanceof PollLostConnection) return err.report;
      throw err;
    }
  };
  const poll = (feed: FeedRow) => limit(async () => {
    if (opts.signal?.aborted) return;
    const report = await pollRetrying(feed);
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
  let lookFailures = 0;
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
        if (lookFailures) opts.onRecovered?.(null, lookFailures);
        lookFailures = 0;
      } catch (err) {
        // The database going away for a while must not end a long run: say so and look again, backing off.
        if (opts.once || !opts.onError) throw err;
        wait = Math.min(idle, retryDelay(++lookFailures, { ...LOOK_RETRY, random: opts.retry?.random }));
        opts.onError(err instanceof Error ? err : new Error(String(err)), wait);
      }
      await abortableSleep(Math.max(wait, 100), opts.signal, [...inFlight.values()]);
    }
  } finally {
    await Promise.all(inFlight.values());
  }
  return summary;
}
