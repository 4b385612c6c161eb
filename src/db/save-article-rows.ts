import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { canonicalUrl } from '../ingest/canonical-url.js';
import type { ArticleInput } from '../extract/types.js';
import { contentHash } from './content-hash.js';
import type { Db } from './database.js';
import { publishedAt } from './published-at.js';
import { saveArticleRow, type SavedArticle } from './save-article-row.js';
import { articles } from './schema.js';
import { rowsOf } from './rows-of.js';

/**
 * saveArticleRow for a batch, inside the caller's transaction: articles new by entry, page and text go in with one
 * INSERT … SELECT FROM unnest; the few that match something stored (or each other) take the one-by-one path, so the
 * outcome is what storing them in order would give. An entry key given twice keeps its last version.
 * Returns one result per given article.
 */
export async function saveArticleRows(tx: Db, feedId: number | null, items: ArticleInput[]): Promise<SavedArticle[]> {
  const last = new Map(items.map((a) => [a.id, a]));
  const batch = [...last.values()].map((a) => ({ a, hash: contentHash(a), canonical: canonicalUrl(a.url), published: publishedAt(a) }));
  if (!batch.length) return [];
  const urls = batch.flatMap((b) => (b.canonical ? [b.canonical] : []));
  const known = await tx.select({ entryKey: articles.entryKey, feedId: articles.feedId, canonical: articles.canonicalUrl, hash: articles.contentHash })
    .from(articles).where(or(
      and(feedId === null ? isNull(articles.feedId) : eq(articles.feedId, feedId), inArray(articles.entryKey, batch.map((b) => b.a.id))),
      urls.length ? inArray(articles.canonicalUrl, urls) : undefined,
      inArray(articles.contentHash, batch.map((b) => b.hash)),
    ));
  const taken = new Set([...known.filter((k) => k.feedId === feedId).map((k) => `e:${k.entryKey}`),
    ...known.flatMap((k) => [`h:${k.hash}`, ...(k.canonical ? [`u:${k.canonical}`] : [])])]);
  const fresh: typeof batch = [];
  const slow: typeof batch = [];
  for (const b of batch) {
    const keys = [`e:${b.a.id}`, `h:${b.hash}`, ...(b.canonical ? [`u:${b.canonical}`] : [])];
    (keys.some((k) => taken.has(k)) ? slow : fresh).push(b);
    for (const k of keys) taken.add(k);
  }
  const results = new Map<string, SavedArticle>();
  if (fresh.length) {
    const col = <T>(f: (b: (typeof batch)[number]) => T) => sql.param(fresh.map(f));
    const inserted = rowsOf<{ id: number; entry_key: string }>(await tx.execute(sql`
      insert into articles (feed_id, entry_key, content_hash, url, canonical_url, title, author, body, published_at)
      select ${feedId}::int, e, h, u, c, t, a, b, p from unnest(${col((b) => b.a.id)}::text[], ${col((b) => b.hash)}::text[],
        ${col((b) => b.a.url ?? null)}::text[], ${col((b) => b.canonical)}::text[], ${col((b) => b.a.title)}::text[],
        ${col((b) => b.a.author ?? null)}::text[], ${col((b) => b.a.body)}::text[], ${col((b) => b.published?.toISOString() ?? null)}::timestamptz[])
        with ordinality as x(e, h, u, c, t, a, b, p, i) order by i
      on conflict do nothing
      returning id, entry_key`));
    const ids = new Map(inserted.map((r) => [r.entry_key, r.id]));
    for (const b of fresh) {
      const id = ids.get(b.a.id);
      // Taken meanwhile by a concurrent writer: decided one by one below.
      if (id === undefined) slow.push(b);
      else results.set(b.a.id, { outcome: 'inserted', articleId: id, hash: b.hash, pending: true, publishedAt: b.published });
    }
  }
  for (const b of slow) results.set(b.a.id, await saveArticleRow(tx, feedId, b.a));
  return items.map((a) => results.get(a.id)!);
}
