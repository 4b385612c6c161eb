import type { Config } from '../config.js';
import type { AppOptions } from './create-app.js';

/** The app's limits and read access as configured: body caps, rate limits (off at 0), proxy trust. */
export function apiOptions(config: Config): AppOptions {
  return {
    reads: config.API_READS,
    bodyLimits: { maxBodyBytes: config.API_MAX_BODY_BYTES, maxIngestBytes: config.API_MAX_INGEST_BYTES },
    rateLimit: config.RATE_LIMIT_PER_MINUTE > 0
      ? { perMinute: config.RATE_LIMIT_PER_MINUTE, burst: config.RATE_LIMIT_BURST, trustProxy: config.TRUST_PROXY }
      : undefined,
  };
}
