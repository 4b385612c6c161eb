/** Node socket errors that mean the server could not be reached or the connection broke. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTCONN']);
/** SQLSTATEs of a server going away or not taking connections yet: admin/crash shutdown, starting up, too many clients. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** What node-postgres says when a connection breaks or never comes up (it gives these no code). */
const MESSAGES = /connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|query read timeout|the database system is (starting up|shutting down)|terminating connection due to administrator command|server closed the connection unexpectedly|connect ECONNREFUSED/i;

/**
 * Whether an error (or any error in its `cause` chain, as drizzle and our `db: ...` wrappers nest them) is the
 * database connection failing rather than the work itself: worth retrying once the server is back. Also accepts
 * an error message kept as text.
 */
export function isConnectionError(err: unknown): boolean {
  for (let e = err, depth = 0; e != null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e === 'string') return MESSAGES.test(e) || [...SOCKET_CODES].some((c) => e.includes(c as string));
    if (typeof e !== 'object') return false;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
  }
  return false;
}
