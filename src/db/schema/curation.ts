import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { companies } from './companies.js';

/** What a merge moved, exactly, so that it can be undone. */
export interface MergeMoves {
  aliases: string[];
  mentions: { articleId: number; count: number; hadTarget: boolean; targetCount: number }[];
  parties: { dealId: number; role: string; hadTarget: boolean; targetRole: string | null }[];
  subjectDeals: number[];
}

export const companyMerges = pgTable('company_merges', {
  id: serial('id').primaryKey(),
  fromId: integer('from_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  intoId: integer('into_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  moves: jsonb('moves').$type<MergeMoves>().notNull(),
  actor: text('actor').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
  undoneBy: text('undone_by'),
}, (t) => [index('company_merges_from_idx').on(t.fromId), index('company_merges_into_idx').on(t.intoId)]);

/** Every curation action: who, when, what. */
export const curationLog = pgTable('curation_log', {
  id: serial('id').primaryKey(),
  actor: text('actor').notNull(),
  /** merge | unmerge | mark_wrong | unmark_wrong | accept | reject */
  action: text('action').notNull(),
  /** company | deal */
  targetType: text('target_type').notNull(),
  targetId: integer('target_id').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('curation_log_target_idx').on(t.targetType, t.targetId)]);

/** API tokens for writes; only a SHA-256 hash of each token is kept. */
export const apiTokens = pgTable('api_tokens', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
