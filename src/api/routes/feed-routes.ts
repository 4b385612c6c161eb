import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { registerFeed } from '../../db/feed-register.js';
import { removeFeed } from '../../db/feed-remove.js';
import { listFeeds } from '../../db/queries/list-feeds.js';
import type { AuthEnv } from '../auth/auth-env.js';
import { requireToken } from '../auth/require-token.js';
import { parseBody } from '../parse-body.js';
import { idParam } from '../parse-query.js';

export const addFeedBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).max(2000, 'must be at most 2000 characters'),
  tags: z.array(z.string().trim().min(1).max(100).regex(/^\P{Cc}*$/u, 'must not contain control characters'), { error: 'must be a list of tag names' }).max(50, 'must have at most 50 tags').default([]),
  full_text: z.boolean({ error: 'must be true or false' }).optional(),
});

/** /api/feeds: list feeds with their state; add and remove feeds (token required). */
export function feedRoutes(db: Db): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get('/feeds', async (c) => {
    const rows = await listFeeds(db);
    return c.json({ items: rows.map(({ etag: _e, lastModified: _l, cursor: _c, ...f }) => f) });
  });
  app.post('/feeds', requireToken(db), async (c) => {
    const body = await parseBody(c, addFeedBody);
    const { feed, created } = await registerFeed(db, { source: body.url, kind: 'url', tags: body.tags, fetchFullText: body.full_text });
    return c.json({ id: feed.id, source: feed.source, tags: feed.tags, fetchFullText: feed.fetchFullText, created }, created ? 201 : 200);
  });
  app.delete('/feeds/:id', requireToken(db), async (c) => {
    const removed = await removeFeed(db, idParam(c));
    if (!removed) throw new HTTPException(404, { message: `no feed with id ${c.req.param('id')}` });
    return c.json({ removed: removed.id });
  });
  return app;
}
