import { boolean, index, integer, pgTable, primaryKey, real, serial, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { articles } from './articles.js';

export const companies = pgTable('companies', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** Normalised name: lower case, no punctuation or legal suffix. */
  normName: text('norm_name').notNull().unique(),
  confidence: real('confidence').notNull().default(0.5),
  /** Set when a curator merged this company into another; its rows moved there (see company_merges). */
  mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => companies.id, { onDelete: 'set null' }),
  /** A curator said this is not a company. */
  markedWrong: boolean('marked_wrong').notNull().default(false),
  /**
   * Evidence weight as a known company for extraction, from the last snapshot (refresh-known-companies.ts); null: not known.
   * A snapshot, not a live count, so that what an ingest recognises does not depend on how far an interrupted run got.
   */
  knownWeight: real('known_weight'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('companies_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops'))]);

/** Every written form of a company, by normalised form: how names resolve to companies. */
export const companyAliases = pgTable('company_aliases', {
  normAlias: text('norm_alias').primaryKey(),
  alias: text('alias').notNull(),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
}, (t) => [
  index('company_aliases_company_idx').on(t.companyId),
  index('company_aliases_trgm_idx').using('gin', t.alias.op('gin_trgm_ops')),
]);

export const mentions = pgTable('mentions', {
  articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  count: integer('count').notNull(),
  confidence: real('confidence').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.companyId] }),
  // Covers a company's mentions (timeline, profile, search counts) without visiting the table.
  index('mentions_company_article_idx').on(t.companyId, t.articleId, t.count),
]);
