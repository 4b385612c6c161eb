import type { IncomingHttpHeaders } from 'node:http';
import type { FetchHints } from './fetch-types.js';

const one = (value: string | string[] | undefined): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === '' ? null : v.trim();
};

function httpDate(value: string | null): Date | null {
  if (!value || !/[a-z]/i.test(value)) return null; // "0", "-1" and other numbers are not dates
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

function maxAge(cacheControl: string | null): number | null {
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl ?? '');
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Retry-After as seconds from `now`: delta-seconds or an HTTP date (a date in the past is 0). */
function retryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = httpDate(value);
  return date ? Math.max(0, Math.ceil((date.getTime() - now) / 1000)) : null;
}

/** The caching and retry hints of a response: validators, Cache-Control max-age, Expires, Retry-After. */
export function readHints(headers: IncomingHttpHeaders, now: number = Date.now()): FetchHints {
  return {
    etag: one(headers.etag),
    lastModified: one(headers['last-modified']),
    maxAgeSeconds: maxAge(one(headers['cache-control'])),
    expires: httpDate(one(headers.expires)),
    retryAfterSeconds: retryAfter(one(headers['retry-after']), now),
  };
}
