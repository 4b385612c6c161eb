import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from '../../db/database.js';
import { verifyToken } from '../../db/tokens/verify-token.js';
import type { AuthEnv } from './auth-env.js';
import { bearerToken } from './bearer-token.js';

const MISSING = 'this route needs an API token: send "Authorization: Bearer <token>" (create one with: news-intel token create <name>)';
/** One message for unknown, malformed and revoked tokens: the answer tells a caller nothing about which. */
const REFUSED = 'the API token is not valid';

/**
 * Lets a request through only with a live API token (`Authorization: Bearer <token>`), else 401 as JSON.
 * Puts the token's name in the context as `actor`. A request already let through by `readAccess` is not checked twice.
 */
export function requireToken(db: Db): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (c.get('actor')) return next();
    const token = bearerToken(c.req.header('authorization'));
    if (token === null) {
      c.header('www-authenticate', 'Bearer realm="news-intel"');
      throw new HTTPException(401, { message: MISSING });
    }
    const row = await verifyToken(db, token);
    if (!row) {
      c.header('www-authenticate', 'Bearer realm="news-intel", error="invalid_token"');
      throw new HTTPException(401, { message: REFUSED });
    }
    c.set('actor', row.name);
    await next();
  };
}
