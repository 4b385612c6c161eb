import type { Db } from '../database.js';
import { decodeDealCursor, type DealCursor } from './deal-cursor.js';
import type { DealFilters } from './deal-filters.js';
import type { DealView } from './load-deals.js';
import { searchDeals } from './search-deals.js';

/** Every deal matching the filters, a page at a time: memory holds one page, whatever the total. */
export async function* iterateDeals(db: Db, filters: DealFilters, pageSize = 500): AsyncGenerator<DealView[]> {
  let cursor: DealCursor | null = null;
  do {
    const page = await searchDeals(db, filters, { limit: pageSize, cursor });
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ? decodeDealCursor(page.nextCursor, filters.sort) : null;
  } while (cursor);
}
