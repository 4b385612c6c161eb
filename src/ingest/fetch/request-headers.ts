import type { OutgoingHttpHeaders } from 'node:http';
import type { FetchLimits, FetchRequest } from './fetch-types.js';

const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * Headers for one hop: defaults (user agent, any type, gzip/deflate/br), the caller's headers over them, and the
 * conditional validators. Credentials are not sent on to another origin after a redirect, nor a body's type
 * once a redirect has turned the POST into a GET.
 */
export function requestHeaders(req: FetchRequest, limits: FetchLimits, hop: { crossOrigin: boolean; withBody: boolean }): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': limits.userAgent ?? 'news-intel/0.1',
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    const key = name.toLowerCase();
    if (hop.crossOrigin && CREDENTIALS.has(key)) continue;
    if (!hop.withBody && key === 'content-type') continue;
    headers[key] = value;
  }
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;
  return headers;
}
