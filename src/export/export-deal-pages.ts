import type { Db } from '../db/database.js';
import type { DealFilters } from '../db/queries/deal-filters.js';
import { iterateDealRows } from '../db/queries/iterate-deal-rows.js';
import { DEAL_EXPORT_HEADER } from './deal-export-header.js';
import { writeRows, type ExportFormat } from './write-rows.js';

/** The deal export a page of rows at a time, read through iterateDealRows and written by writeRows: the path on PGlite. */
export function exportDealPages(db: Db, filters: DealFilters, format: ExportFormat, opts: { bom?: boolean } = {}): AsyncGenerator<string> {
  return writeRows(iterateDealRows(db, filters), format, DEAL_EXPORT_HEADER, opts);
}
