import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { companyGraph } from '../../db/queries/company-graph.js';
import { companyName } from '../../db/queries/company-name.js';
import { companyProfile } from '../../db/queries/company-profile.js';
import { companyTimeline, INTERVALS } from '../../db/queries/company-timeline.js';
import { isoDay } from '../../db/queries/deal-filters.js';
import { EDGE_TYPES } from '../../db/queries/graph-edges.js';
import { searchCompanies } from '../../db/queries/search-companies.js';
import { exportCompanies, exportEdges, exportTimeline } from '../../export/export-tables.js';
import { idParam, parseQuery } from '../parse-query.js';
import { streamExport } from '../stream-export.js';
import { exportOptionsSchema } from './deal-routes.js';

export const companySearchSchema = z.object({
  q: z.string().max(200, 'must be at most 200 characters').default(''),
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(20),
});
export const timelineSchema = z.object({
  interval: z.enum(INTERVALS, { error: `must be one of ${INTERVALS.join(', ')}` }).default('month'),
});
export const graphSchema = z.object({
  depth: z.enum(['1', '2'], { error: 'must be 1 or 2' }).default('1').transform(Number).pipe(z.union([z.literal(1), z.literal(2)])),
  types: z.string().transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.enum(EDGE_TYPES, { error: `must be one or more of ${EDGE_TYPES.join(', ')}` })).min(1)).default([...EDGE_TYPES]),
  from: isoDay.optional(),
  to: isoDay.optional(),
  max_nodes: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(2, 'must be at least 2').max(500, 'must be at most 500').default(100),
});
const GRAPH_KEYS = ['depth', 'types', 'from', 'to', 'max_nodes'];

async function requireCompany(db: Db, c: Context): Promise<number> {
  const id = idParam(c);
  if ((await companyName(db, id)) === null) throw new HTTPException(404, { message: `no company with id ${id}` });
  return id;
}

async function graphFor(db: Db, c: Context, extraKeys: string[] = []) {
  const id = await requireCompany(db, c);
  const q = parseQuery(c, z.intersection(graphSchema, exportOptionsSchema), [...GRAPH_KEYS, ...extraKeys]);
  return { q, graph: await companyGraph(db, id, { depth: q.depth, types: q.types, from: q.from, to: q.to, maxNodes: q.max_nodes, coMentionsPerNode: 10 }) };
}

/** /api/companies and everything under it: search, profile, timeline, graph, and their exports. */
export function companyRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/companies', async (c) => {
    const q = parseQuery(c, companySearchSchema, ['q', 'limit']);
    return c.json({ items: await searchCompanies(db, q.q.trim(), q.limit) });
  });
  for (const format of ['csv', 'jsonl'] as const) {
    app.get(`/companies.${format}`, (c) => {
      const q = parseQuery(c, exportOptionsSchema, ['bom']);
      return streamExport(c, `companies.${format}`, exportCompanies(db, format, q.bom === '1'));
    });
    app.get(`/companies/:id/timeline.${format}`, async (c) => {
      const id = await requireCompany(db, c);
      const q = parseQuery(c, z.intersection(timelineSchema, exportOptionsSchema), ['interval', 'bom']);
      return streamExport(c, `company-${id}-timeline.${format}`, exportTimeline(await companyTimeline(db, id, q.interval), format, q.bom === '1'));
    });
    app.get(`/companies/:id/graph.${format}`, async (c) => {
      const { q, graph } = await graphFor(db, c, ['bom']);
      const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
      return streamExport(c, `company-${graph.center}-graph.${format}`, exportEdges(graph.edges, names, format, q.bom === '1'));
    });
  }
  app.get('/companies/:id', async (c) => {
    const profile = await companyProfile(db, idParam(c));
    if (!profile) throw new HTTPException(404, { message: `no company with id ${c.req.param('id')}` });
    return c.json(profile);
  });
  app.get('/companies/:id/timeline', async (c) => {
    const id = await requireCompany(db, c);
    const { interval } = parseQuery(c, timelineSchema, ['interval']);
    return c.json({ companyId: id, name: await companyName(db, id), interval, points: await companyTimeline(db, id, interval) });
  });
  app.get('/companies/:id/graph', async (c) => c.json((await graphFor(db, c)).graph));
  return app;
}
