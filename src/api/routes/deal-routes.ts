import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { loadDeals } from '../../db/queries/load-deals.js';
import { decodeCursor, searchDeals } from '../../db/queries/search-deals.js';
import { dealsCsv } from '../../export/deals-csv.js';
import { idParam, parseQuery } from '../parse-query.js';

const FILTER_KEYS = ['type', 'round', 'company', 'min_usd', 'max_usd', 'from', 'to'] as const;
const pageSchema = z.object({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  cursor: z.string().max(200, 'is not a cursor this server made').optional(),
});
const listSchema = z.intersection(dealFiltersSchema, pageSchema);

/** /api/deals, /api/deals.csv and /api/deals/:id */
export function dealRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/deals', async (c) => {
    const q = parseQuery(c, listSchema, [...FILTER_KEYS, 'limit', 'cursor']);
    const cursor = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.cursor && !cursor) throw new HTTPException(400, { message: 'query parameter "cursor" is not a cursor this server made' });
    return c.json(await searchDeals(db, q, { limit: q.limit, cursor }));
  });
  app.get('/deals.csv', (c) => {
    const filters = parseQuery(c, dealFiltersSchema, FILTER_KEYS);
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="deals.csv"');
    return stream(c, async (s) => {
      for await (const chunk of dealsCsv(db, filters)) await s.write(chunk);
    }, async (err, s) => {
      console.error(`api: deals.csv: ${err.message}`);
      await s.write('\r\n# export failed; see server log\r\n');
    });
  });
  app.get('/deals/:id', async (c) => {
    const [deal] = await loadDeals(db, [idParam(c)]);
    if (!deal) throw new HTTPException(404, { message: `no deal with id ${c.req.param('id')}` });
    return c.json(deal);
  });
  return app;
}
