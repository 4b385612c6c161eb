import type { Config } from '../config.js';
import { extractArticle } from '../extract/extract-article.js';
import type { KnownCompanies } from '../extract/types.js';
import type { PollDeps } from '../ingest/poll-feed.js';

/** What polling needs from the configuration: fetch limits, the extractor (with the companies earlier articles established, when given), FreshRSS credentials. */
export function pollDeps(config: Config, known?: KnownCompanies): Omit<PollDeps, 'throttle' | 'signal'> {
  return {
    limits: {
      timeoutMs: config.FETCH_TIMEOUT_MS, maxBytes: config.FETCH_MAX_BYTES, maxRedirects: 5,
      allowPrivateAddresses: config.ALLOW_PRIVATE_NETWORKS,
    },
    extract: (article) => extractArticle(article, known),
    freshrss: { user: config.FRESHRSS_USER, apiPassword: config.FRESHRSS_API_PASSWORD },
  };
}
