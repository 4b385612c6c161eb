import type { Db } from '../db/database.js';
import type { DealFilters } from '../db/queries/deal-filters.js';
import { iterateDealRows, type DealRow } from '../db/queries/iterate-deal-rows.js';
import { writeRows, type ExportFormat } from './write-rows.js';

const HEADER: (keyof DealRow)[] = ['deal_id', 'type', 'subject', 'round', 'amount_value', 'amount_currency', 'amount_usd', 'usd_converted',
  'status', 'announced_on', 'lead_investors', 'investors', 'acquirers', 'partners', 'members', 'confidence',
  'source_count', 'source_titles', 'source_urls', 'evidence'];

/** The deals matching `filters`, one row per deal, as CSV or JSON Lines, streamed a page at a time. */
export function exportDeals(db: Db, filters: DealFilters, format: ExportFormat, opts: { bom?: boolean } = {}): AsyncGenerator<string> {
  return writeRows(iterateDealRows(db, filters), format, HEADER, opts);
}
