/** The rows of a raw `db.execute` result, whichever driver ran it (pg and PGlite give `{ rows }`). */
export const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[]));
