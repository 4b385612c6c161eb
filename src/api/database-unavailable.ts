import { isConnectionError } from '../db/is-connection-error.js';

/** A statement cancelled by the server's statement_timeout (or an operator). */
const QUERY_CANCELED = '57014';

function anyInChain(err: unknown, test: (e: Error) => boolean): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) if (test(e)) return true;
  return false;
}

/**
 * Whether an error means the database cannot answer now — down, restarting, unreachable, out of connections, or a query
 * that timed out — rather than a fault in the request or the code. Looks through `cause`: drizzle wraps a driver's error.
 */
export function databaseUnavailable(err: unknown): boolean {
  return isConnectionError(err)
    || anyInChain(err, (e) => (e as { code?: unknown }).code === QUERY_CANCELED || /^PGlite is closed/.test(e.message));
}
