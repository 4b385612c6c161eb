const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** A feed date (RFC 822, RFC 3339, ISO 8601, ...) as an ISO string; null when missing or not a believable date. */
export function parseDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const time = Date.parse(s.replace(/\s+(UT|Z)$/i, ' GMT'));
  return Number.isNaN(time) || time < EARLIEST || time > LATEST ? null : new Date(time).toISOString();
}
