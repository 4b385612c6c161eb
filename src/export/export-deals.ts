import type { Db } from '../db/database.js';
import type { DealFilters } from '../db/queries/deal-filters.js';
import { iterateDeals } from '../db/queries/iterate-deals.js';
import { dealRow, type DealRow } from './deal-row.js';
import { writeRows, type ExportFormat } from './write-rows.js';

const HEADER: (keyof DealRow)[] = ['deal_id', 'type', 'subject', 'round', 'amount_value', 'amount_currency', 'amount_usd', 'usd_converted',
  'status', 'announced_on', 'lead_investors', 'investors', 'acquirers', 'partners', 'members', 'confidence',
  'source_count', 'source_titles', 'source_urls', 'evidence'];

async function* rows(db: Db, filters: DealFilters): AsyncGenerator<DealRow[]> {
  for await (const page of iterateDeals(db, filters)) yield page.map(dealRow);
}

/** The deals matching `filters`, one row per deal, as CSV or JSON Lines, streamed a page at a time. */
export function exportDeals(db: Db, filters: DealFilters, format: ExportFormat, opts: { bom?: boolean } = {}): AsyncGenerator<string> {
  return writeRows(rows(db, filters), format, HEADER, opts);
}
