import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import type { FetchFn } from './fetch-fn.js';
import { FreshRssError } from './freshrss-error.js';
import { greaderRequest } from './greader-request.js';

/**
 * ClientLogin: `POST accounts/ClientLogin` with `Email` and `Passwd` (a form body, so the password is never in a URL
 * or a log); the `Auth=` token to send as `Authorization: GoogleLogin auth=<token>`. The token does not expire.
 */
export async function login(baseUrl: string, user: string, apiPassword: string, limits: FetchLimits, fetchFn: FetchFn = fetchResource): Promise<string> {
  const refused = `login refused for user ${user} (check the API password in FreshRSS settings)`;
  const conn = { baseUrl, limits, fetchFn, token: null };
  let text: string;
  try {
    text = await greaderRequest(conn, { path: '/accounts/ClientLogin', form: { Email: user, Passwd: apiPassword }, what: 'login', refused, accept: 'text/plain' });
  } catch (err) {
    if (err instanceof FreshRssError && err.httpStatus === 400) {
      throw new FreshRssError(`freshrss: ${baseUrl}: login refused for user ${user}: FreshRSS says it is not a valid user name (HTTP 400)`, 'auth', baseUrl, 400, { cause: err });
    }
    throw err;
  }
  const token = /^Auth=(\S+)\s*$/m.exec(text)?.[1];
  if (!token) {
    throw new FreshRssError(`freshrss: ${baseUrl}: login failed: the answer has no Auth= line (is this a FreshRSS Google Reader API endpoint?)`, 'protocol', baseUrl);
  }
  return token;
}
