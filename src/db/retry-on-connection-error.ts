import { isConnectionError } from './is-connection-error.js';
import { abortableSleep } from '../util/abortable-sleep.js';

export interface RetryOptions {
  /** Attempts after the first (default 8: about 2 minutes of waiting with the default delays). */
  retries?: number;
  /** First delay (default 500 ms); each next one doubles, up to `maxMs` (default 30 s). */
  baseMs?: number;
  maxMs?: number;
  /** Jitter source (default Math.random): each delay is drawn from [delay/2, delay]. */
  random?: () => number;
  /** Waits (default setTimeout; resolves early when `signal` aborts). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stops retrying: the last error is thrown at once. */
  signal?: AbortSignal;
  /** Told before each wait: which attempt failed, why, and how long until the next. */
  onRetry?: (info: { attempt: number; delayMs: number; error: Error }) => void;
}


/** The wait before retry number `attempt` (1-based): exponential, capped, with jitter so that clients do not return in step. */
export function retryDelay(attempt: number, opts: Pick<RetryOptions, 'baseMs' | 'maxMs' | 'random'> = {}): number {
  const full = Math.min(opts.maxMs ?? 30_000, (opts.baseMs ?? 500) * 2 ** (attempt - 1));
  return Math.round(full / 2 + (full / 2) * (opts.random ?? Math.random)());
}

/**
 * Runs `work`; when it fails because the database connection failed (server restarting, connection dropped,
 * refused), waits with exponential backoff and jitter and runs it again. Any other error, or the last connection
 * error once `retries` are spent or `signal` aborted, is thrown. `work` must be safe to run again: one transaction
 * that either committed or did not (a commit whose answer was lost is seen as done on the next run).
 */
export async function retryOnConnectionError<T>(work: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const retries = opts.retries ?? 8;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (err) {
      if (!isConnectionError(err) || attempt > retries || opts.signal?.aborted) throw err;
      const delayMs = retryDelay(attempt, opts);
      opts.onRetry?.({ attempt, delayMs, error: err instanceof Error ? err : new Error(String(err)) });
      await (opts.sleep ?? abortableSleep)(delayMs, opts.signal);
    }
  }
}
