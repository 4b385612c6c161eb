import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database.js';

/** A seeded generator: the same seed gives the same requests. */
import { seededRandom } from '../../src/ingest/schedule/seeded-random.js';

export { seededRandom };

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Over 1 MiB: past the default body cap of a write, and a query string no parameter accepts. */
export const MEGABYTE_STRING = 'x'.repeat(1024 * 1024 + 7);

/** Text an attacker might send: SQL, markup, paths, numbers at and past every limit, dates that do not exist, unicode traps. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' or 1=1 --", "'; drop table deals; --", ';drop table deals', '" or ""="', '1) or (1=1', "%' or '%'='", "' union select token_hash from api_tokens --",
  '\\', '$1', '${jndi:ldap://127.0.0.1/x}', '<script>alert(1)</script>', '=HYPERLINK("http://127.0.0.1")', '../../package.json', '%', '_', '*',
  '1e308', '-1e308', '2**63', String(2 ** 63), '9223372036854775808', '99999999999999999999', '2147483648', '-2147483649', '-1', '0', '-0', '1.5',
  'NaN', 'Infinity', '-Infinity', '0x10', '1e-400', 'null', 'undefined', 'true', '[object Object]', '{}', '[]',
  '2024-13-45', '2024-02-30', '0000-00-00', '0000-01-01', '9999-99-99', '-2024-01-01', '275760-09-13', '2024-01-01T25:61:61', '2024-01-01; drop table deals',
  '\u202eevil\u202c', 'مرحبا بالعالم', '😀🚀👩‍👩‍👧', '\u0000', 'a\u0000b', '\u200b', '\u200d\u200c', '\ufeff', '\ud800', 'a\udfffb', 'Ω\u0301',
  '\r\n', '\t', ' ', '', 'a'.repeat(201), 'b'.repeat(100_000), MEGABYTE_STRING,
];

/** Values every parameter is tried with, one request each: numbers and dates at and past each limit, and text the database cannot hold. */
export const EDGE_VALUES: readonly string[] = [
  '-1', '0', '1.5', '1e308', 'NaN', String(2 ** 63), '99999999999999999999', '2147483648', '9007199254740993',
  '0000-01-01', '0001-01-01', '2024-02-30', '2024-13-01', 'a\u0000b', '\ud800', "' or 1=1 --", '', 'a'.repeat(201), MEGABYTE_STRING,
];

/** Raw query-string pieces that are not valid percent-encoding or UTF-8: the server must decode them without falling over. */
export const RAW_QUERY_VALUES: readonly string[] = ['%', '%E0%A4%A', '%ED%A0%80', '%F0%9F', '%00', '%C0%AF', '%FF%FE', '%%32%65', '+%2B+'];

/** The value as it goes into a URL: encoded when it can be, else its UTF-8 bytes escaped (a lone surrogate becomes broken UTF-8). */
export function urlEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.split('').map((ch) => {
      try { return encodeURIComponent(ch); } catch { return '%ED%A0%80'; }
    }).join('');
  }
}

/** Base64url of a JSON value: a cursor shaped like the server's but forged. */
export const forgedCursor = (value: unknown): string => Buffer.from(JSON.stringify(value) ?? 'undefined').toString('base64url');

/** Cursors of every wrong shape: undecodable, decodable but not JSON, JSON of the wrong shape, and forged in range or out of it. */
export const BROKEN_CURSORS: readonly string[] = [
  'not-a-cursor', '====', '!!!!', 'a', Buffer.from('[').toString('base64url'), forgedCursor(null), forgedCursor({}), forgedCursor([]),
  forgedCursor(['date', '2024-99-99', 1]), forgedCursor(['date', '2024-02-30', 1]), forgedCursor(['date', '2024-01-01', 2 ** 53 - 1]),
  forgedCursor(['date', '2024-01-01', 2147483648]), forgedCursor(['date', '2024-01-01', -1]), forgedCursor(['date', "2024-01-01' or 1=1 --", 1]),
  forgedCursor(['amount', 1e308, 1]), forgedCursor(['amount', -1, 2147483648]), forgedCursor(['amount', '1e308', 1]),
  forgedCursor(['2024-99-99T99:99:99', 1]), forgedCursor(['9999-12-31T23:59:59.999999', 1]), forgedCursor(['0000-01-01T00:00:00', 1]),
  forgedCursor(['2024-01-01T00:00:00', 2 ** 53 - 1]), forgedCursor(['2024-01-01T00:00:00', 2147483648]), forgedCursor(['2024-01-01T00:00:00', -5]),
  forgedCursor(['date', '2024-01-01', 1, 'extra']),
];

/** The row count and an md5 of every row of every table of the database, read through SQL. */
export async function tableChecksums(db: Db): Promise<Record<string, string>> {
  const res = await db.execute(sql`select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and table_name in
      (select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE')
    order by table_name, ordinal_position`);
  const columns = new Map<string, string[]>();
  for (const r of (res as unknown as { rows: { table_name: string; column_name: string }[] }).rows) {
    // Using a token records when it was last used: the one column a request may change without changing data.
    if (r.table_name === 'api_tokens' && r.column_name === 'last_used_at') continue;
    columns.set(r.table_name, [...(columns.get(r.table_name) ?? []), r.column_name]);
  }
  const out: Record<string, string> = {};
  for (const [table, cols] of columns) {
    const list = sql.join(cols.map((c) => sql.identifier(c)), sql`, `);
    const sum = await db.execute(sql`select count(*)::int as n, coalesce(md5(string_agg(r, '|' order by r)), '-') as md5
      from (select row(${list})::text as r from ${sql.identifier(table)}) t`);
    const row = (sum as unknown as { rows: { n: number; md5: string }[] }).rows[0]!;
    out[table] = `${row.n} rows, md5 ${row.md5}`;
  }
  return out;
}

/** Signs of internals a response must never show: stack frames, source paths, SQL the server ran, driver errors. */
const LEAKS = [/\bat .+:\d+:\d+/, /\.(ts|js):\d+/, /node_modules/, /\/work\//, /Failed query/i, /\bselect\s+"/i, /\bfrom\s+"/i,
  /\binsert into\b/i, /\bparams:/i, /duplicate key|violates|syntax error at|invalid input syntax|out of range for type/i, /DrizzleQueryError|PGlite|ECONNREFUSED/];

/** The error body of a response: `{error: {code, message}}` and nothing more, with no internals in it. */
export function expectErrorBody(body: unknown, where: string): void {
  expect(body, where).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  const text = JSON.stringify(body);
  for (const leak of LEAKS) expect(text, `${where}: the error shows ${leak}`).not.toMatch(leak);
}
