/** The bounds every scheduling decision stays within. */
export const scheduleLimits = {
  minIntervalMs: 5 * 60_000,
  maxIntervalMs: 24 * 60 * 60_000,
  defaultIntervalMs: 60 * 60_000,
  /** The first backoff after an error; doubled on each error in a row. */
  backoffBaseMs: 5 * 60_000,
  /** Backoff delays vary by ± this fraction, so failing feeds do not retry in lockstep. */
  jitter: 0.2,
} as const;
