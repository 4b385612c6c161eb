import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import type { FetchFn } from './fetch-fn.js';
import type { FreshRssAccount, FreshRssPage, FreshRssPullOptions, FreshRssPullSummary, FreshRssSubscription, FreshRssTag } from './freshrss-types.js';
import { listSubscriptions } from './list-subscriptions.js';
import { listTags } from './list-tags.js';
import { login } from './login.js';
import { pullArticles } from './pull-articles.js';

export type PullParams = Omit<FreshRssPullOptions, keyof FreshRssAccount>;

export interface GreaderClient {
  /** ClientLogin once; the token is kept for every later call. */
  login(): Promise<string>;
  listSubscriptions(): Promise<FreshRssSubscription[]>;
  listTags(): Promise<FreshRssTag[]>;
  pullArticles(params?: PullParams): AsyncGenerator<FreshRssPage, FreshRssPullSummary, void>;
}

/** A FreshRSS account's Google Reader API: one login, then subscriptions, tags and article pulls. */
export function createGreaderClient(account: FreshRssAccount, limits: FetchLimits, fetchFn: FetchFn = fetchResource): GreaderClient {
  let token: Promise<string> | null = account.token ? Promise.resolve(account.token) : null;
  const loggedIn = async (): Promise<FreshRssAccount> => {
    if (!token) {
      const attempt = login(account.baseUrl, account.user, account.apiPassword, limits, fetchFn);
      attempt.catch(() => { if (token === attempt) token = null; });
      token = attempt;
    }
    return { ...account, token: await token };
  };
  return {
    login: async () => (await loggedIn()).token!,
    listSubscriptions: async () => listSubscriptions(await loggedIn(), limits, fetchFn),
    listTags: async () => listTags(await loggedIn(), limits, fetchFn),
    async *pullArticles(params = {}) {
      return yield* pullArticles({ ...(await loggedIn()), ...params }, limits, fetchFn);
    },
  };
}
