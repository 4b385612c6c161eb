import { sql } from 'drizzle-orm';
import {
  boolean, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, real, serial, text, timestamp, unique, uniqueIndex,
} from 'drizzle-orm/pg-core';

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
  /** Items taken and dropped (with counted reasons) on the last fetch. */
  lastItemCount: integer('last_item_count'),
  lastDropped: jsonb('last_dropped').$type<Record<string, number>>(),
}, (t) => [index('feeds_next_check_idx').on(t.nextCheckAt)]);

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
}, (t) => [
  unique('articles_feed_entry_key').on(t.feedId, t.entryKey).nullsNotDistinct(),
  uniqueIndex('articles_canonical_url_idx').on(t.canonicalUrl),
  index('articles_content_hash_idx').on(t.contentHash),
  index('articles_published_idx').on(t.publishedAt),
  index('articles_feed_idx').on(t.feedId),
]);

export const companies = pgTable('companies', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** Normalised name: lower case, no punctuation or legal suffix. */
  normName: text('norm_name').notNull().unique(),
  confidence: real('confidence').notNull().default(0.5),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every written form of a company, by normalised form: how names resolve to companies. */
export const companyAliases = pgTable('company_aliases', {
  normAlias: text('norm_alias').primaryKey(),
  alias: text('alias').notNull(),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
}, (t) => [index('company_aliases_company_idx').on(t.companyId)]);

export const mentions = pgTable('mentions', {
  articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  count: integer('count').notNull(),
  confidence: real('confidence').notNull(),
}, (t) => [primaryKey({ columns: [t.articleId, t.companyId] }), index('mentions_company_idx').on(t.companyId)]);

export const deals = pgTable('deals', {
  id: serial('id').primaryKey(),
  type: text('type').notNull(),
  subjectId: integer('subject_id').references(() => companies.id, { onDelete: 'set null' }),
  subjectName: text('subject_name'),
  amountValue: numeric('amount_value', { mode: 'number' }),
  amountCurrency: text('amount_currency'),
  amountUsd: doublePrecision('amount_usd'),
  usdConverted: boolean('usd_converted').notNull().default(false),
  round: text('round'),
  status: text('status').notNull(),
  announcedOn: date('announced_on'),
  confidence: real('confidence').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('deals_subject_idx').on(t.subjectId),
  index('deals_type_announced_idx').on(t.type, t.announcedOn),
  index('deals_usd_idx').on(t.amountUsd),
]);

export const dealParties = pgTable('deal_parties', {
  dealId: integer('deal_id').notNull().references(() => deals.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
}, (t) => [primaryKey({ columns: [t.dealId, t.companyId] }), index('deal_parties_company_idx').on(t.companyId)]);

/** Each article that reports a deal, with what it said: disagreements between sources stay visible here. */
export const dealSources = pgTable('deal_sources', {
  dealId: integer('deal_id').notNull().references(() => deals.id, { onDelete: 'cascade' }),
  articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  salience: text('salience').notNull(),
  evidence: text('evidence').notNull(),
  evidenceStart: integer('evidence_start').notNull(),
  evidenceEnd: integer('evidence_end').notNull(),
  amountValue: numeric('amount_value', { mode: 'number' }),
  amountCurrency: text('amount_currency'),
  amountUsd: doublePrecision('amount_usd'),
  round: text('round'),
  confidence: real('confidence').notNull(),
}, (t) => [primaryKey({ columns: [t.dealId, t.articleId] }), index('deal_sources_article_idx').on(t.articleId)]);
