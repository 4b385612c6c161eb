/** The Postgres SQLSTATE of an error, or of the first error in its `cause` chain that has one (drizzle wraps pg's). */
export function sqlState(err: unknown): string | undefined {
  for (let e = err, depth = 0; e != null && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string') return code;
  }
  return undefined;
}
