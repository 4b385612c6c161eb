import { isoDay } from './deal-filters.js';

/** Ids are Postgres `serial`: a cursor's id past this could only fail the query. */
const MAX_ID = 2_147_483_647;

/** Where a page of deals ends: the sort key and id of its last row. */
export interface DealCursor { sort: 'date' | 'amount'; key: string | number; id: number }

export function encodeDealCursor(c: DealCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString('base64url');
}

/** The cursor, or null for one this server did not make (or made for another sort). */
export function decodeDealCursor(s: string, sort: 'date' | 'amount'): DealCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3 || v[0] !== sort || !Number.isInteger(v[2]) || v[2] < 0 || v[2] > MAX_ID) return null;
    if (sort === 'date' && isoDay.safeParse(v[1]).success) return { sort, key: v[1], id: v[2] as number };
    if (sort === 'amount' && typeof v[1] === 'number' && Number.isFinite(v[1])) return { sort, key: v[1], id: v[2] as number };
  } catch { /* fall through */ }
  return null;
}
