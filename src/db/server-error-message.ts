/** What went wrong opening a Postgres server, and what to do about it: one line, `<what> — <how to fix>`. */
export function serverErrorMessage(err: unknown, location: string, url: string): string {
  const e = err as Error & { code?: string; cause?: unknown };
  const inner = (e.cause instanceof Error && e.message.startsWith('Failed query') ? e.cause : e) as Error & { code?: string };
  let host = '?';
  let database = '?';
  try {
    const u = new URL(url);
    host = `${u.hostname}:${u.port || '5432'}`;
    database = decodeURIComponent(u.pathname.slice(1)) || '(the user name)';
  } catch { /* config checked it is a URL */ }
  const head = `db: cannot use the Postgres server at ${location}: ${inner.message}`;
  switch (inner.code) {
    case 'ECONNREFUSED': return `${head} — no server listens at ${host}: start it, or correct the host and port in DATABASE_URL (unset DATABASE_URL to use the embedded database in DATA_DIR)`;
    case 'ENOTFOUND': case 'EAI_AGAIN': return `${head} — the host name does not resolve: correct it in DATABASE_URL`;
    case 'ETIMEDOUT': case 'EHOSTUNREACH': case 'ENETUNREACH': return `${head} — ${host} cannot be reached: check the host in DATABASE_URL and the network`;
    case '3D000': return `${head} — create it (createdb ${database}) or correct the database name in DATABASE_URL`;
    case '28P01': case '28000': return `${head} — correct the user and password in DATABASE_URL, or allow this user in the server's pg_hba.conf`;
    case '42501': return `${head} — grant this user the rights to create tables in database ${database}, or use another user in DATABASE_URL`;
    default:
      if (/timeout/i.test(inner.message)) return `${head} — ${host} did not answer in time: check that the server runs and the host and port in DATABASE_URL`;
      return `${head} — check DATABASE_URL and the server's log`;
  }
}
