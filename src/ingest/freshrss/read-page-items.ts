import { greaderItemToArticle } from '../parse/greader-item.js';
import { freshrssOrigin } from './freshrss-origin.js';
import type { FreshRssArticle, FreshRssSubscription } from './freshrss-types.js';
import { greaderItemSchema } from './greader-item-schema.js';
import { receivedUsec } from './received-usec.js';

export interface PageItems {
  articles: FreshRssArticle[];
  dropped: string[];
  /** The newest receive time among the new items, in microseconds. */
  newest: bigint | null;
}

export interface PageContext {
  /** Names the account in drop messages. */
  source: string;
  /** Item ids already taken in this pull. */
  seen: Set<string>;
  /** Receive time (µs) at or before which items count as seen: FreshRSS's `ot` counts whole seconds, so a page can hold items of the cursor's own second. */
  cutoff: bigint | null;
  subscriptions: ReadonlyMap<string, FreshRssSubscription>;
}

/** The new articles of one page, each under its FreshRSS item id; unreadable items dropped with the reason. */
export function readPageItems(items: unknown[], ctx: PageContext): PageItems {
  const out: PageItems = { articles: [], dropped: [], newest: null };
  items.forEach((raw, i) => {
    const r = greaderItemSchema.safeParse(raw);
    const usec = r.success ? receivedUsec(r.data) : null;
    if (!r.success || usec === null) {
      const issue = r.success ? 'no receive time (timestampUsec)' : `${r.error.issues[0]?.path.join('.') || 'item'}: ${r.error.issues[0]?.message}`;
      out.dropped.push(`freshrss: ${ctx.source}: item ${r.success ? r.data.id : i + 1}: ${issue}`);
      return;
    }
    if (ctx.seen.has(r.data.id) || (ctx.cutoff !== null && usec <= ctx.cutoff)) return;
    const mapped = greaderItemToArticle(raw, ctx.source);
    if ('dropped' in mapped) {
      out.dropped.push(mapped.message);
      return;
    }
    ctx.seen.add(r.data.id);
    const { origin, ...article } = mapped.article;
    out.articles.push({ article, origin: freshrssOrigin(origin, r.data.categories ?? [], ctx.subscriptions), receivedUsec: usec.toString() });
    if (out.newest === null || usec > out.newest) out.newest = usec;
  });
  return out;
}
