import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, doublePrecision, index, integer, numeric, pgTable, primaryKey, real, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './articles.js';
import { companies } from './companies.js';
import { tsvector } from './tsvector.js';

/** The deals a search may show: not rejected by a curator (the first condition of every search). */
const searchable = (review: AnyPgColumn) => sql`${review} is null or ${review} <> 'rejected'`;

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
  /** Review state: null until a curator accepts or rejects it; 'rejected' deals are hidden from search. */
  review: text('review'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('deals_announced_idx').on(t.announcedOn, t.id),
  index('deals_confidence_idx').on(t.confidence),
  // The id too: the deals of a company as subject (company filter, relationship graph) read from the index alone.
  index('deals_subject_idx').on(t.subjectId, t.id),
  index('deals_type_announced_idx').on(t.type, t.announcedOn, t.id),
  index('deals_usd_idx').on(t.amountUsd),
  // The order of a search sorted by amount (undisclosed last).
  index('deals_amount_key_idx').on(sql`coalesce(${t.amountUsd}, -1)`, t.id),
  // A search's count of matches (src/db/queries/search-deals.ts) read from the index alone: each of these holds only the
  // deals search shows (the predicate is deal-conditions.ts's, word for word, so that the planner proves it) and
  // every column its filters test. By round (`round` again at the end: the count reads it from the index too),
  // by status and confidence, by amount.
  index('deals_search_round_idx').on(t.type, sql`lower(${t.round})`, t.announcedOn, t.id, t.round).where(searchable(t.review)),
  index('deals_search_status_idx').on(t.status, t.confidence).where(searchable(t.review)),
  index('deals_search_usd_idx').on(t.type, t.amountUsd, t.announcedOn).where(searchable(t.review)),
  // Deals looked up by id from a list (a company's or an investor's deals, text matches), read from the index alone:
  // the search's order and count (date, amount) and the relationship graph's type and subject.
  index('deals_search_id_idx').on(t.id, t.announcedOn, t.amountUsd, t.type, t.subjectId).where(searchable(t.review)),
]);

export const dealParties = pgTable('deal_parties', {
  dealId: integer('deal_id').notNull().references(() => deals.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
}, (t) => [
  primaryKey({ columns: [t.dealId, t.companyId] }),
  // A company's deals, or only those in some roles (an investor's), from the index alone.
  index('deal_parties_company_idx').on(t.companyId, t.role, t.dealId),
]);

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
  evidenceVector: tsvector('evidence_vector').generatedAlwaysAs(sql`to_tsvector('english', evidence)`),
}, (t) => [
  primaryKey({ columns: [t.dealId, t.articleId] }),
  index('deal_sources_article_idx').on(t.articleId),
  index('deal_sources_evidence_idx').using('gin', t.evidenceVector),
]);
