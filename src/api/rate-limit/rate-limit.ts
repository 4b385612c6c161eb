import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { hashToken } from '../../db/tokens/hash-token.js';
import { bearerToken } from '../auth/bearer-token.js';
import { clientAddress } from './client-address.js';
import { TokenBuckets, type BucketOptions } from './token-buckets.js';

export interface RateLimitOptions extends BucketOptions {
  /** Take the client address from X-Forwarded-For (config TRUST_PROXY). */
  trustProxy: boolean;
  /** Paths never limited (the health check). */
  exempt?: string[];
}

/**
 * Limits requests per client address and, when one is sent, per API token (each its own token bucket; a request needs a
 * token from both). Over the limit: 429 with Retry-After and a JSON error. Tokens are keyed by their hash, checked or not,
 * so guessing tokens from one address is limited too.
 */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  const buckets = new TokenBuckets(opts);
  const exempt = new Set(opts.exempt ?? ['/healthz']);
  const rule = `at most ${opts.perMinute} requests a minute, in bursts of up to ${opts.burst}`;
  return async (c, next) => {
    if (exempt.has(c.req.path)) return next();
    const token = bearerToken(c.req.header('authorization'));
    const keys: [string, string][] = [['address', `a:${clientAddress(c, opts.trustProxy)}`]];
    if (token !== null) keys.push(['API token', `t:${hashToken(token)}`]);
    for (const [what, key] of keys) {
      const wait = buckets.take(key);
      if (wait) {
        c.header('retry-after', String(wait));
        throw new HTTPException(429, { message: `too many requests from this ${what} (${rule}); retry in ${wait} s` });
      }
    }
    await next();
  };
}
