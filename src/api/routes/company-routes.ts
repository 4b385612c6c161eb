import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { companyName } from '../../db/queries/company-name.js';
import { companyProfile } from '../../db/queries/company-profile.js';
import { companyTimeline, INTERVALS } from '../../db/queries/company-timeline.js';
import { searchCompanies } from '../../db/queries/search-companies.js';
import { idParam, parseQuery } from '../parse-query.js';

const searchSchema = z.object({
  q: z.string().max(200, 'must be at most 200 characters').default(''),
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(20),
});
const timelineSchema = z.object({
  interval: z.enum(INTERVALS, { error: `must be one of ${INTERVALS.join(', ')}` }).default('month'),
});

/** /api/companies, /api/companies/:id and /api/companies/:id/timeline */
export function companyRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/companies', async (c) => {
    const q = parseQuery(c, searchSchema, ['q', 'limit']);
    return c.json({ items: await searchCompanies(db, q.q.trim(), q.limit) });
  });
  app.get('/companies/:id', async (c) => {
    const profile = await companyProfile(db, idParam(c));
    if (!profile) throw new HTTPException(404, { message: `no company with id ${c.req.param('id')}` });
    return c.json(profile);
  });
  app.get('/companies/:id/timeline', async (c) => {
    const id = idParam(c);
    const { interval } = parseQuery(c, timelineSchema, ['interval']);
    const name = await companyName(db, id);
    if (name === null) throw new HTTPException(404, { message: `no company with id ${id}` });
    return c.json({ companyId: id, name, interval, points: await companyTimeline(db, id, interval) });
  });
  return app;
}
