import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { databaseUnavailable } from './database-unavailable.js';

const CODES: Record<number, string> = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large', 415: 'unsupported_media_type', 429: 'rate_limited' };

/** Seconds a client is asked to wait when the database is unavailable. */
export const DATABASE_RETRY_SECONDS = 5;

/**
 * Every error as JSON `{error: {code, message}}`; a server fault is logged, never shown with its stack.
 * A database that is down, restarting or timing out is a 503 `database_unavailable` with Retry-After.
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: { code: CODES[err.status] ?? 'error', message: err.message } }, err.status);
  }
  if (databaseUnavailable(err)) {
    console.error(`api: ${c.req.method} ${c.req.path}: database unavailable: ${err.message}`);
    c.header('retry-after', String(DATABASE_RETRY_SECONDS));
    return c.json({ error: { code: 'database_unavailable', message: 'the database is unavailable or timed out; try again in a few seconds' } }, 503);
  }
  console.error(`api: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return c.json({ error: { code: 'internal', message: 'internal error; the server log has the details' } }, 500);
}
