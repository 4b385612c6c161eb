import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import type { FetchFn } from './fetch-fn.js';
import type { FreshRssArticle, FreshRssPullOptions, FreshRssPullSummary } from './freshrss-types.js';
import { pullArticles } from './pull-articles.js';

/** `pullArticles` gathered into one list: every new article once, with the summary (resume cursor, completeness). */
export async function pullAllArticles(
  opts: FreshRssPullOptions, limits: FetchLimits, fetchFn: FetchFn = fetchResource,
): Promise<FreshRssPullSummary & { items: FreshRssArticle[]; droppedReasons: string[] }> {
  const items: FreshRssArticle[] = [];
  const droppedReasons: string[] = [];
  const pages = pullArticles(opts, limits, fetchFn);
  for (;;) {
    const next = await pages.next();
    if (next.done) return { ...next.value, items, droppedReasons };
    items.push(...next.value.articles);
    droppedReasons.push(...next.value.dropped);
  }
}
