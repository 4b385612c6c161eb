import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { articleFiltersSchema, searchArticles } from '../../db/queries/search-articles.js';
import { parseQuery } from '../parse-query.js';
import { pageSchema } from './deal-routes.js';

export const articleListSchema = z.intersection(articleFiltersSchema, pageSchema);

function decode(cursor: string): [string, number] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(v[0]) && Number.isSafeInteger(v[1])) return [v[0], v[1] as number];
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
