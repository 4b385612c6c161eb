import { fetchResource } from './fetch/fetch-resource.js';
import { FetchError } from './fetch/fetch-types.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  allowPrivateAddresses: boolean;
  maxRedirects?: number;
}

/**
 * GET a URL as text (decoded in its declared charset) through fetchResource: every redirect hop checked, private
 * networks refused unless allowed, time and size capped. Fails with a FetchError whose message names the URL.
 */
export async function fetchUrl(href: string, opts: FetchOptions): Promise<{ url: string; text: string; contentType: string }> {
  const result = await fetchResource({ url: href }, {
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    allowPrivateAddresses: opts.allowPrivateAddresses,
    maxRedirects: opts.maxRedirects ?? 5,
  });
  if (result.status === 'not-modified') {
    throw new FetchError(`fetch: ${href}: HTTP 304 Not Modified to an unconditional request`, 'protocol', href, 304);
  }
  return { url: result.finalUrl, text: result.text, contentType: result.contentType };
}
