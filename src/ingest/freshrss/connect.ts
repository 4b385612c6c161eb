import type { FetchLimits } from '../fetch/fetch-types.js';
import type { FetchFn } from './fetch-fn.js';
import type { FreshRssAccount } from './freshrss-types.js';
import type { GreaderConnection } from './greader-request.js';
import { login } from './login.js';

/** A logged-in connection: the account's token when it has one, else a ClientLogin. */
export async function connect(account: FreshRssAccount, limits: FetchLimits, fetchFn: FetchFn): Promise<GreaderConnection> {
  const token = account.token ?? await login(account.baseUrl, account.user, account.apiPassword, limits, fetchFn);
  return { baseUrl: account.baseUrl, limits, fetchFn, token };
}
