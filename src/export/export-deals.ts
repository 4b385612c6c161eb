import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from '../db/database.js';
import { dealConditions } from '../db/queries/deal-conditions.js';
import { DEAL_FILTER_KEYS, type DealFilters } from '../db/queries/deal-filters.js';
import { dealLinesQuery } from '../db/queries/deal-lines-query.js';
import { csvLine } from './csv-cell.js';
import { DEAL_EXPORT_HEADER } from './deal-export-header.js';
import { exportDealPages } from './export-deal-pages.js';
import { inlineParams } from './inline-params.js';
import { streamDealLines } from './stream-deal-lines.js';
import type { ExportFormat } from './write-rows.js';

const dialect = new PgDialect();

/**
 * The deals matching `filters`, one row per deal, as CSV or JSON Lines, in chunks. On a Postgres server the database
 * writes the lines in one set-based statement streamed through COPY (streamDealLines); on PGlite, which cannot stream a
 * COPY to the program, rows are read a page at a time and written here (exportDealPages). Both write the same bytes.
 */
export async function* exportDeals(db: Db, filters: DealFilters, format: ExportFormat, opts: { bom?: boolean } = {}): AsyncGenerator<string> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (!(client instanceof pg.Pool)) {
    yield* exportDealPages(db, filters, format, opts);
    return;
  }
  if (format === 'csv') yield `${opts.bom === false ? '' : '\uFEFF'}${csvLine(DEAL_EXPORT_HEADER)}`;
  const where = await dealConditions(db, filters);
  if (where === 'none') return;
  yield* streamDealLines(client, inlineParams(dialect.sqlToQuery(dealLinesQuery(where, filters.sort, { narrow: DEAL_FILTER_KEYS.some((k) => k !== 'sort' && filters[k] !== undefined), format }))), format);
}
