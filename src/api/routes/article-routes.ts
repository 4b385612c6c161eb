import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { articleFiltersSchema, searchArticles } from '../../db/queries/search-articles.js';
import { parseQuery } from '../parse-query.js';
import { pageSchema } from './deal-routes.js';

export const articleListSchema = z.intersection(articleFiltersSchema, pageSchema);

/** A UTC timestamp as the article search writes it into cursors, and one that exists (no 2024-02-30T25:00). */
function realTimestamp(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/.test(s) || s.startsWith('0000')) return false;
  const t = new Date(`${s.slice(0, 23)}Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 19) === s.slice(0, 19);
}

function decode(cursor: string): [string, number] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && realTimestamp(v[0]) && Number.isInteger(v[1]) && v[1] >= 0 && v[1] <= 2_147_483_647) return [v[0], v[1] as number];
  } catch { /* fall through */ }
  return null;
}

/** /api/articles: search by text, company, feed and date. */
export function articleRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/articles', async (c) => {
    const q = parseQuery(c, articleListSchema, ['q', 'company', 'feed', 'from', 'to', 'limit', 'cursor']);
    const before = q.cursor ? decode(q.cursor) : null;
    if (q.cursor && !before) throw new HTTPException(400, { message: 'query parameter "cursor" is not a cursor this server made' });
    const { items, next } = await searchArticles(db, q, q.limit, before);
    return c.json({ items, nextCursor: next ? Buffer.from(JSON.stringify(next)).toString('base64url') : null });
  });
  return app;
}
