import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import { oneLine } from '../parse/one-line.js';
import { connect } from './connect.js';
import type { FetchFn } from './fetch-fn.js';
import type { FreshRssAccount, FreshRssSubscription } from './freshrss-types.js';
import { greaderRequest } from './greader-request.js';
import { labelName } from './label-name.js';
import { parseGreaderJson } from './parse-greader-json.js';
import { subscriptionListSchema } from './subscription-list-schema.js';

/** The account's feeds (`subscription/list?output=json`), each with its categories as tag names. */
export async function listSubscriptions(account: FreshRssAccount, limits: FetchLimits, fetchFn: FetchFn = fetchResource): Promise<FreshRssSubscription[]> {
  const conn = await connect(account, limits, fetchFn);
  const what = 'listing subscriptions';
  const text = await greaderRequest(conn, { path: '/reader/api/0/subscription/list', query: { output: 'json' }, what });
  const { subscriptions } = parseGreaderJson(text, subscriptionListSchema, account.baseUrl, what);
  return subscriptions.map((s) => ({
    streamId: s.id,
    title: oneLine(s.title) || s.id,
    feedUrl: s.url || null,
    siteUrl: s.htmlUrl || null,
    categories: (s.categories ?? []).map((c) => c.label || labelName(c.id)).filter((c): c is string => !!c),
  }));
}
