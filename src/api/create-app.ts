import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from '../db/database.js';
import { extractArticle } from '../extract/extract-article.js';
import type { ArticleInput, Extraction, KnownCompanies } from '../extract/types.js';
import { loadKnownCompanies } from '../db/queries/load-known-companies.js';
import { refreshKnownCompanies } from '../db/refresh-known-companies.js';
import { loadConfig } from '../config.js';
import { apiOptions } from './api-options.js';
import { guardWrites, type BodyLimits } from './auth/guard-writes.js';
import { readAccess, type ReadMode } from './auth/read-access.js';
import type { Asset } from './dashboard-assets.js';
import { onError } from './on-error.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { rateLimit, type RateLimitOptions } from './rate-limit/rate-limit.js';
import { routeDocs } from './openapi/route-docs.js';
import { articleRoutes } from './routes/article-routes.js';
import { curationRoutes } from './routes/curation-routes.js';
import { feedRoutes } from './routes/feed-routes.js';
import { writeRoutes } from './routes/write-routes.js';
import { companyRoutes } from './routes/company-routes.js';
import { dealRoutes } from './routes/deal-routes.js';

export interface AppOptions {
  /** 'token' closes reads to callers without an API token; writes always need one. */
  reads?: ReadMode;
  extract?: (a: ArticleInput) => Extraction;
  /** Request body caps of writes (default 1 MiB, 5 MiB for /api/ingest: config API_MAX_BODY_BYTES, API_MAX_INGEST_BYTES). */
  bodyLimits?: BodyLimits;
  /** Requests per client address and per token; none when absent (`news-intel serve` sets it from config). */
  rateLimit?: RateLimitOptions | undefined;
}

/** The configuration's defaults (an empty environment), so the caps have one source. */
const DEFAULT_BODY_LIMITS: BodyLimits = apiOptions(loadConfig({})).bodyLimits!;

/** The HTTP API and, when assets are given, the dashboard. */
export function createApp(db: Db, assets?: Map<string, Asset>, opts: AppOptions = {}): Hono {
  const app = new Hono();
  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"],
    },
    // As frame-ancestors 'none' says, for browsers that only read X-Frame-Options.
    xFrameOptions: 'DENY',
  }));
  app.onError(onError);
  if (opts.rateLimit) app.use(rateLimit({ ...opts.rateLimit, exempt: ['/healthz'] }));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));
  app.get('/healthz', (c) => c.json({ ok: true }));
  const openapi = openApiDocument(routeDocs);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.use('/api/*', readAccess(db, opts.reads ?? 'open'));
  app.use('/api/*', guardWrites(db, opts.bodyLimits ?? DEFAULT_BODY_LIMITS));
  app.route('/api', companyRoutes(db));
  app.route('/api', dealRoutes(db));
  app.route('/api', articleRoutes(db));
  app.route('/api', curationRoutes(db));
  app.route('/api', feedRoutes(db));
  // Each accepted ingest request extracts with the last snapshot of known companies, then takes a new one. Concurrent
  // requests may share a snapshot: any snapshot is a consistent one.
  let known: KnownCompanies | undefined;
  if (!opts.extract) {
    app.post('/api/ingest', async (c, next) => {
      known = await loadKnownCompanies(db);
      await next();
      if (c.res.ok) await refreshKnownCompanies(db);
    });
  }
  app.route('/api', writeRoutes(db, opts.extract ?? ((article) => extractArticle(article, known))));
  if (assets) {
    app.get('*', (c, next) => {
      const asset = assets.get(c.req.path === '/api/docs' ? '/api-docs.html' : c.req.path);
      if (!asset) return next();
      return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
    });
  }
  return app;
}
