import { clampInterval } from './clamp-interval.js';
import { scheduleLimits } from './schedule-limits.js';

export interface FreshnessHints {
  /** The feed's own `<ttl>` (RSS) or update period, in minutes. */
  ttlMinutes?: number | null;
  /** Cache-Control max-age, in seconds. */
  maxAgeSeconds?: number | null;
  expires?: Date | null;
}

/**
 * When to look at a feed again after a successful fetch: the longest interval the feed (TTL) or the server
 * (Cache-Control max-age, Expires) asks for, held within [5 min, 24 h]; 60 min when nothing is said.
 * A zero max-age or a past Expires says nothing about how often the feed changes and is ignored.
 */
export function nextCheckAfterSuccess(now: Date, hints: FreshnessHints): Date {
  const asked: number[] = [];
  if (hints.ttlMinutes != null && hints.ttlMinutes > 0) asked.push(hints.ttlMinutes * 60_000);
  if (hints.maxAgeSeconds != null && hints.maxAgeSeconds > 0) asked.push(hints.maxAgeSeconds * 1000);
  if (hints.expires && hints.expires.getTime() > now.getTime()) asked.push(hints.expires.getTime() - now.getTime());
  const interval = asked.length ? clampInterval(Math.max(...asked)) : scheduleLimits.defaultIntervalMs;
  return new Date(now.getTime() + interval);
}
