import { scheduleLimits } from './schedule-limits.js';

/** A polling interval held within [5 min, 24 h]. */
export function clampInterval(ms: number): number {
  return Math.min(scheduleLimits.maxIntervalMs, Math.max(scheduleLimits.minIntervalMs, ms));
}
