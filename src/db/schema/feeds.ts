import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** A source articles come from: a feed URL, a FreshRSS account, a file, or a pasted page; with its fetch state. */
export const feeds = pgTable('feeds', {
  id: serial('id').primaryKey(),
  /** The feed URL, the file path, or `freshrss:<base URL>`. */
  source: text('source').notNull().unique(),
  /** 'url' | 'file' | 'freshrss' */
  kind: text('kind').notNull().default('file'),
  format: text('format').notNull(),
  title: text('title'),
  siteUrl: text('site_url'),
  /** Folders from OPML or FreshRSS categories. */
  tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
  /** Fetch each article's page for its main text when the feed carries only a summary. */
  fetchFullText: boolean('fetch_full_text').notNull().default(false),
  etag: text('etag'),
  lastModified: text('last_modified'),
  /** Source-specific resume point, e.g. the FreshRSS `ot` timestamp of the last pull. */
  cursor: text('cursor'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  lastError: text('last_error'),
  errorCount: integer('error_count').notNull().default(0),
  nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
  /** The feed's own update period (RSS <ttl>), kept so that a 304 schedules by it too. */
  ttlMinutes: integer('ttl_minutes'),
  /** Items taken and dropped (with counted reasons) on the last fetch. */
  lastItemCount: integer('last_item_count'),
  lastDropped: jsonb('last_dropped').$type<Record<string, number>>(),
}, (t) => [index('feeds_next_check_idx').on(t.nextCheckAt)]);
