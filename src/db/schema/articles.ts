import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { feeds } from './feeds.js';
import { tsvector } from './tsvector.js';

export const articles = pgTable('articles', {
  id: serial('id').primaryKey(),
  feedId: integer('feed_id').references(() => feeds.id, { onDelete: 'set null' }),
  /** GUID, JSON id, link, or a content hash: unique within its feed. */
  entryKey: text('entry_key').notNull(),
  contentHash: text('content_hash').notNull(),
  url: text('url'),
  /** The URL with tracking parameters and fragments dropped: the same article from two feeds is one article. */
  canonicalUrl: text('canonical_url'),
  title: text('title').notNull(),
  author: text('author'),
  body: text('body').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
  extractedAt: timestamp('extracted_at', { withTimezone: true }),
  /** The content hash the stored mentions and deal sources were extracted from: extraction is done when it equals contentHash. */
  extractedHash: text('extracted_hash'),
  /** Extractions committed for this article (a re-extraction after a content change counts again). */
  extractRuns: integer('extract_runs').notNull().default(0),
  /** Title and body for full-text search. */
  searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))`),
}, (t) => [
  index('articles_search_idx').using('gin', t.searchVector),
  // Deal search matches the reporting article's title.
  index('articles_title_search_idx').using('gin', sql`to_tsvector('english', ${t.title})`),
  // An article's date by id without visiting the table: the join under a company's timeline and co-mentions.
  index('articles_id_seen_idx').on(t.id, t.publishedAt, t.fetchedAt),
  unique('articles_feed_entry_key').on(t.feedId, t.entryKey).nullsNotDistinct(),
  uniqueIndex('articles_canonical_url_idx').on(t.canonicalUrl),
  index('articles_content_hash_idx').on(t.contentHash),
  index('articles_published_idx').on(t.publishedAt),
  index('articles_feed_idx').on(t.feedId),
  /** Articles whose current text waits for extraction: what the scheduler's sweep reads. */
  index('articles_extract_pending_idx').on(t.id).where(sql`${t.extractedHash} is distinct from ${t.contentHash}`),
]);
