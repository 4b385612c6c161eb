import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from '../db/database.js';
import type { Asset } from './dashboard-assets.js';
import { onError } from './on-error.js';
import { companyRoutes } from './routes/company-routes.js';
import { dealRoutes } from './routes/deal-routes.js';

/** The HTTP API and, when assets are given, the dashboard. */
export function createApp(db: Db, assets?: Map<string, Asset>): Hono {
  const app = new Hono();
  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"],
    },
  }));
  app.onError(onError);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/api', companyRoutes(db));
  app.route('/api', dealRoutes(db));
  if (assets) {
    app.get('*', (c, next) => {
      const asset = assets.get(c.req.path);
      if (!asset) return next();
      return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
    });
  }
  return app;
}
