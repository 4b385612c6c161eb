import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/database.js';
import type { AuthEnv } from './auth-env.js';
import { capBody } from './cap-body.js';
import { requireToken } from './require-token.js';

export interface BodyLimits {
  /** Largest body of a write (config API_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Largest body of POST /api/ingest (config API_MAX_INGEST_BYTES). */
  maxIngestBytes: number;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request but a read needs a live API token, and then its body is capped (413 past the limit): a write route added
 * later is guarded without asking. The token is checked first, so no body of an unknown caller is read.
 */
export function guardWrites(db: Db, limits: BodyLimits): MiddlewareHandler<AuthEnv> {
  const auth = requireToken(db);
  const write = capBody(limits.maxBodyBytes);
  const ingest = capBody(limits.maxIngestBytes);
  return async (c, next) => {
    if (READS.has(c.req.method)) return next();
    await auth(c, async () => {
      await (c.req.path === '/api/ingest' ? ingest : write)(c, next);
    });
  };
}
