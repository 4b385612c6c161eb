import { FetchError } from '../fetch/fetch-types.js';
import { FreshRssError } from './freshrss-error.js';

/**
 * The error for a failed call: `freshrss: <baseUrl>: <what> failed: <why>`. `refused` is the message for a
 * 401/403 (ClientLogin has its own); `cause` is the fetch error or the HTTP status the server answered.
 */
export function callFailure(baseUrl: string, what: string, cause: unknown, refused?: string): FreshRssError {
  const prefix = `freshrss: ${baseUrl}: `;
  const status = typeof cause === 'number' ? cause : cause instanceof FetchError && cause.kind === 'http' ? cause.httpStatus : null;
  const retryAfterSeconds = cause instanceof FetchError ? cause.retryAfterSeconds : null;
  const options = typeof cause === 'number' ? {} : { cause, retryAfterSeconds };
  if (status === 401 || status === 403) {
    return new FreshRssError(prefix + (refused ?? `${what} failed: the server refused the auth token (HTTP ${status}); log in again`), 'auth', baseUrl, status, options);
  }
  if (retryAfterSeconds !== null) {
    return new FreshRssError(`${prefix}${what} failed: HTTP ${status ?? '?'}, retry after ${retryAfterSeconds} s`, 'http', baseUrl, status, options);
  }
  if (status === 503) {
    return new FreshRssError(`${prefix}${what} failed: HTTP 503 (FreshRSS answers this while "Allow API access" is off in its administration)`,
      'api-disabled', baseUrl, status, options);
  }
  if (status !== null) return new FreshRssError(`${prefix}${what} failed: HTTP ${status}`, 'http', baseUrl, status, options);
  const why = cause instanceof Error ? cause.message : String(cause);
  return new FreshRssError(`${prefix}${what} failed: ${why}`, 'fetch', baseUrl, null, options);
}
