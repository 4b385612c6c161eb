import type { Db } from '../db/database.js';
import type { DealFilters } from '../db/queries/deal-filters.js';
import { searchDeals, type Cursor, decodeCursor } from '../db/queries/search-deals.js';
import { csvLine } from './csv-cell.js';

const HEADER = ['deal_id', 'type', 'subject', 'round', 'amount_value', 'amount_currency', 'amount_usd', 'usd_converted',
  'status', 'announced_on', 'lead_investors', 'investors', 'acquirers', 'partners', 'members', 'confidence',
  'source_count', 'source_titles', 'source_urls', 'evidence'];

const names = (parties: { name: string; role: string }[], role: string) => parties.filter((p) => p.role === role).map((p) => p.name).join('; ');

/** The deals matching `filters` as CSV (UTF-8 BOM, header row, CRLF), produced a page at a time so memory stays flat. */
export async function* dealsCsv(db: Db, filters: DealFilters, opts: { bom?: boolean; pageSize?: number } = {}): AsyncGenerator<string> {
  yield `${opts.bom === false ? '' : '\uFEFF'}${csvLine(HEADER)}`;
  let cursor: Cursor | null = null;
  do {
    const page = await searchDeals(db, filters, { limit: opts.pageSize ?? 500, cursor });
    let chunk = '';
    for (const d of page.items) {
      chunk += csvLine([
        d.id, d.type, d.subject?.name, d.round, d.amount?.value, d.amount?.currency, d.amount?.usd, d.amount?.usdConverted,
        d.status, d.announcedOn, names(d.parties, 'lead_investor'), names(d.parties, 'investor'), names(d.parties, 'acquirer'),
        names(d.parties, 'partner'), names(d.parties, 'member'), Number(d.confidence.toFixed(3)), d.sources.length,
        d.sources.map((s) => s.title).join(' | '), d.sources.map((s) => s.url ?? '').filter(Boolean).join(' | '), d.sources[0]?.evidence,
      ]);
    }
    if (chunk) yield chunk;
    cursor = page.nextCursor ? decodeCursor(page.nextCursor) : null;
  } while (cursor);
}
