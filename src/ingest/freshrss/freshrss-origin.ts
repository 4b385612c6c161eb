import type { GreaderOrigin } from '../parse/greader-item.js';
import type { FreshRssOrigin, FreshRssSubscription } from './freshrss-types.js';
import { labelName } from './label-name.js';

/** Where an item came from: its `origin`, filled in from its feed's subscription; its category and labels as tags. */
export function freshrssOrigin(origin: GreaderOrigin, categories: string[], subscriptions: ReadonlyMap<string, FreshRssSubscription>): FreshRssOrigin {
  const streamId = origin.streamId ?? '';
  const sub = subscriptions.get(streamId);
  const labels = categories.map(labelName).filter((l): l is string => l !== null);
  return {
    streamId,
    feedTitle: origin.title ?? sub?.title ?? null,
    feedUrl: origin.feedUrl ?? sub?.feedUrl ?? null,
    siteUrl: origin.htmlUrl ?? sub?.siteUrl ?? null,
    category: sub?.categories[0] ?? null,
    tags: [...new Set([...(sub?.categories ?? []), ...labels])],
  };
}
