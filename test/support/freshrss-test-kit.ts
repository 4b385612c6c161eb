import type { FetchLimits } from '../../src/ingest/fetch/fetch-types.js';
import type { FreshRssError } from '../../src/ingest/freshrss/freshrss-error.js';

/** Fetch limits for the FreshRSS client tests: the test server is on 127.0.0.1. */
export const freshrssTestLimits: FetchLimits = { timeoutMs: 5_000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true };

/** The error a call fails with; throws when it does not fail. */
export async function rejection(p: Promise<unknown>): Promise<FreshRssError> {
  try {
    await p;
  } catch (e) {
    return e as FreshRssError;
  }
  throw new Error('expected the call to fail');
}
