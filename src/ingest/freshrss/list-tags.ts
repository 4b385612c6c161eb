import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import { connect } from './connect.js';
import type { FetchFn } from './fetch-fn.js';
import type { FreshRssAccount, FreshRssTag } from './freshrss-types.js';
import { greaderRequest } from './greader-request.js';
import { labelName } from './label-name.js';
import { parseGreaderJson } from './parse-greader-json.js';
import { tagListSchema } from './tag-list-schema.js';

/** Categories (`folder`) and user labels (`tag`), from `tag/list?output=json`. */
export async function listTags(account: FreshRssAccount, limits: FetchLimits, fetchFn: FetchFn = fetchResource): Promise<FreshRssTag[]> {
  const conn = await connect(account, limits, fetchFn);
  const what = 'listing tags';
  const text = await greaderRequest(conn, { path: '/reader/api/0/tag/list', query: { output: 'json' }, what });
  return parseGreaderJson(text, tagListSchema, account.baseUrl, what).tags.map((t) => ({
    id: t.id,
    name: labelName(t.id),
    type: t.type === 'folder' || t.type === 'tag' ? t.type : null,
  }));
}
