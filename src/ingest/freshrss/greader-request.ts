import type { FetchLimits, FetchRequest, FetchResult } from '../fetch/fetch-types.js';
import { callFailure } from './call-failure.js';
import type { FetchFn } from './fetch-fn.js';
import { FreshRssError } from './freshrss-error.js';
import { greaderUrl } from './greader-url.js';

/** Where and how calls go: the account's endpoint, the fetch stage and its limits, and the auth token once logged in. */
export interface GreaderConnection {
  baseUrl: string;
  limits: FetchLimits;
  fetchFn: FetchFn;
  token: string | null;
}

export interface GreaderCall {
  /** After the endpoint, starting with `/`. */
  path: string;
  query?: Record<string, string | number | null | undefined>;
  /** Sent as an `application/x-www-form-urlencoded` POST when present. */
  form?: Record<string, string>;
  /** For error messages: "login", "reading page 2 of feed/3". */
  what: string;
  /** The message for a 401/403. */
  refused?: string;
  accept?: string;
}

/** One Google Reader API call with the `GoogleLogin auth=` header; the body text, or a `FreshRssError` naming what failed. */
export async function greaderRequest(conn: GreaderConnection, call: GreaderCall): Promise<string> {
  const headers: Record<string, string> = { accept: call.accept ?? 'application/json' };
  if (conn.token) headers.authorization = `GoogleLogin auth=${conn.token}`;
  const url = greaderUrl(conn.baseUrl, call.path, call.query);
  const req: FetchRequest = call.form
    ? { url, method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(call.form).toString() }
    : { url, method: 'GET', headers };
  let res: FetchResult;
  try {
    res = await conn.fetchFn(req, conn.limits);
  } catch (err) {
    throw callFailure(conn.baseUrl, call.what, err, call.refused);
  }
  if (res.status !== 'ok') {
    throw new FreshRssError(`freshrss: ${conn.baseUrl}: ${call.what} failed: unexpected 304 Not Modified`, 'protocol', conn.baseUrl, 304);
  }
  if (res.httpStatus >= 400) throw callFailure(conn.baseUrl, call.what, res.httpStatus, call.refused);
  return res.text;
}
