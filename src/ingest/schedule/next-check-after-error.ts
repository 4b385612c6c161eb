import { scheduleLimits } from './schedule-limits.js';

export interface ErrorHints {
  /** Errors in a row, this one included (1 on the first failure). */
  errorCount: number;
  httpStatus?: number | null;
  /** Retry-After, in seconds from now. */
  retryAfterSeconds?: number | null;
}

/**
 * When to try a failing feed again: exponential backoff from 5 min, doubled per error in a row, varied by ±20 %
 * with `random` (injectable, so tests and runs can be seeded), never beyond 24 h. On 429 and 503 a Retry-After
 * is honoured: never earlier than the server asked (still at most 24 h away).
 */
export function nextCheckAfterError(now: Date, hints: ErrorHints, random: () => number): Date {
  const { backoffBaseMs, maxIntervalMs, jitter } = scheduleLimits;
  const exponent = Math.min(Math.max(hints.errorCount, 1) - 1, 20);
  const spread = 1 + jitter * (2 * random() - 1);
  let delay = Math.min(maxIntervalMs, backoffBaseMs * 2 ** exponent * spread);
  const honoursRetryAfter = hints.httpStatus === 429 || hints.httpStatus === 503;
  if (honoursRetryAfter && hints.retryAfterSeconds != null && hints.retryAfterSeconds > 0) {
    delay = Math.min(maxIntervalMs, Math.max(delay, hints.retryAfterSeconds * 1000));
  }
  return new Date(now.getTime() + Math.round(delay));
}
