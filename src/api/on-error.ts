import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

const CODES: Record<number, string> = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large', 415: 'unsupported_media_type', 429: 'rate_limited' };

/** Every error as JSON `{error: {code, message}}`; a server fault is logged, never shown with its stack. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: { code: CODES[err.status] ?? 'error', message: err.message } }, err.status);
  }
  console.error(`api: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return c.json({ error: { code: 'internal', message: 'internal error; the server log has the details' } }, 500);
}
