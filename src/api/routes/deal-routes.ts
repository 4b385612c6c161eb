import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { decodeDealCursor } from '../../db/queries/deal-cursor.js';
import { DEAL_FILTER_KEYS, dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { dealStats } from '../../db/queries/deal-stats.js';
import { loadDeals } from '../../db/queries/load-deals.js';
import { searchDeals } from '../../db/queries/search-deals.js';
import { exportDeals } from '../../export/export-deals.js';
import { idParam, parseQuery } from '../parse-query.js';
import { streamExport } from '../stream-export.js';

export const pageSchema = z.object({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  cursor: z.string().max(200, 'is not a cursor this server made').optional(),
});
export const dealListSchema = z.intersection(dealFiltersSchema, pageSchema);
export const exportOptionsSchema = z.object({ bom: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('1') });

/** /api/deals, /api/deals.csv, /api/deals.jsonl, /api/deals/:id and /api/stats/deals */
export function dealRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/deals', async (c) => {
    const q = parseQuery(c, dealListSchema, [...DEAL_FILTER_KEYS, 'limit', 'cursor']);
    const cursor = q.cursor ? decodeDealCursor(q.cursor, q.sort) : null;
    if (q.cursor && !cursor) throw new HTTPException(400, { message: 'query parameter "cursor" is not a cursor this server made for this sort' });
    // The first page counts the matches (up to DEAL_TOTAL_CAP, flagged by totalCapped past it); later pages do not.
    return c.json(await searchDeals(db, q, { limit: q.limit, cursor, withTotal: !cursor }));
  });
  for (const format of ['csv', 'jsonl'] as const) {
    app.get(`/deals.${format}`, (c) => {
      const q = parseQuery(c, z.intersection(dealFiltersSchema, exportOptionsSchema), [...DEAL_FILTER_KEYS, 'bom']);
      return streamExport(c, `deals.${format}`, exportDeals(db, q, format, { bom: q.bom === '1' }));
    });
  }
  app.get('/stats/deals', async (c) => c.json(await dealStats(db, parseQuery(c, dealFiltersSchema, DEAL_FILTER_KEYS))));
  app.get('/deals/:id', async (c) => {
    const [deal] = await loadDeals(db, [idParam(c)]);
    if (!deal) throw new HTTPException(404, { message: `no deal with id ${c.req.param('id')}` });
    return c.json(deal);
  });
  return app;
}
