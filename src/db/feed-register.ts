import { getTableColumns, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import type { FeedRow } from './feed-state.js';
import { feeds } from './schema.js';

export interface FeedRegistration {
  source: string;
  kind: 'url' | 'file' | 'freshrss';
  /** Default: 'freshrss' for FreshRSS accounts, else 'feed' (a poll records the format it finds). */
  format?: string;
  title?: string | null;
  siteUrl?: string | null;
  /** Added to the feed's tags after those it has, in order (never removes one). */
  tags?: string[];
  /** Set when given; left as it is when undefined. */
  fetchFullText?: boolean;
}

/** The feed row for a source, created on first sight; a known source gains the tags and keeps its state. */
export async function registerFeed(db: Db, f: FeedRegistration): Promise<{ feed: FeedRow; created: boolean }> {
  const tags = [...new Set((f.tags ?? []).map((t) => t.trim()).filter(Boolean))];
  const [row] = await db.insert(feeds)
    .values({
      source: f.source, kind: f.kind, format: f.format ?? (f.kind === 'freshrss' ? 'freshrss' : 'feed'), title: f.title ?? null,
      siteUrl: f.siteUrl ?? null, tags, fetchFullText: f.fetchFullText ?? false,
    })
    .onConflictDoUpdate({
      target: feeds.source,
      set: {
        kind: f.kind,
        title: sql`coalesce(${feeds.title}, excluded.title)`,
        siteUrl: sql`coalesce(${feeds.siteUrl}, excluded.site_url)`,
        tags: sql`${feeds.tags} || array(select t from unnest(excluded.tags) as t where t <> all(${feeds.tags}))`,
        ...(f.fetchFullText === undefined ? {} : { fetchFullText: f.fetchFullText }),
      },
    })
    .returning({ ...getTableColumns(feeds), created: sql<boolean>`(xmax = 0)` });
  const { created, ...feed } = row!;
  return { feed, created };
}
