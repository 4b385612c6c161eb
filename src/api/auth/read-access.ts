import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/database.js';
import type { AuthEnv } from './auth-env.js';
import { requireToken } from './require-token.js';

export type ReadMode = 'open' | 'token';

/** Guards reads: `open` lets everyone read; `token` needs an API token, as writes do (config `API_READS`). */
export function readAccess(db: Db, mode: ReadMode): MiddlewareHandler<AuthEnv> {
  if (mode === 'token') return requireToken(db);
  return async (_c, next) => { await next(); };
}
