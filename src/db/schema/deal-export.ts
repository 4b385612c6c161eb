import { bigserial, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { deals } from './deals.js';

/**
 * Each deal's export lines, kept ready so that an export copies them instead of aggregating parties and sources again
 * (src/db/refresh-deal-lines.ts writes them; src/db/queries/deal-lines-query.ts reads them). Derived data: a line is
 * used only while its deal has no row in deal_export_stale, and neither table is backed up.
 */
export const dealExportLines = pgTable('deal_export_lines', {
  dealId: integer('deal_id').primaryKey().references(() => deals.id, { onDelete: 'cascade' }),
  /** The deal's CSV line, CRLF included. */
  csv: text('csv').notNull(),
  /** The deal's JSON Lines line, LF included. */
  json: text('json').notNull(),
});

/**
 * Deals whose export line is missing or out of date: triggers (migration 0007) add a row for every change to a deal,
 * its parties or sources, or the companies and articles they name, in the same transaction as the change. Rows are
 * only appended (never one per deal), so that a refresh removing the rows it saw cannot remove one a writer adds
 * meanwhile.
 */
export const dealExportStale = pgTable('deal_export_stale', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  dealId: integer('deal_id').notNull(),
}, (t) => [index('deal_export_stale_deal_idx').on(t.dealId)]);
