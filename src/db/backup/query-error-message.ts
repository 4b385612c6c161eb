/** The database's own message for a failed query (drizzle wraps it in "Failed query: <the whole SQL>"). */
export function queryErrorMessage(err: unknown): string {
  const e = err as Error & { cause?: unknown };
  return e.cause instanceof Error && e.message.startsWith('Failed query') ? e.cause.message : e.message;
}
