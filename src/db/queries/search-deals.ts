import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { deals, dealSources } from '../schema.js';
import { dealConditions } from './deal-conditions.js';
import { encodeDealCursor, type DealCursor } from './deal-cursor.js';
import type { DealFilters } from './deal-filters.js';
import { dealTextMatch, type DealTextMatch } from './deal-text-match.js';
import { loadDeals, type DealView } from './load-deals.js';

const amountKey = sql<number>`coalesce(${deals.amountUsd}, -1)`;

/**
 * A search's `total` counts matches exactly up to this many; past it the count stops, `total` is this figure and
 * `totalCapped` is true ("10,000+"). An exact count past it would read every match: on a million-article database,
 * a broad search's first page would cost a scan of `deals` for a figure nobody pages through.
 */
export const DEAL_TOTAL_CAP = 10_000;

export interface DealPage {
  items: DealView[];
  nextCursor: string | null;
  /** How many deals match, counted up to DEAL_TOTAL_CAP; null when not asked for (pages after the first). */
  total: number | null;
  /** True when more than `total` deals match (the count stopped at DEAL_TOTAL_CAP): `total` is then a lower bound. */
  totalCapped: boolean | null;
}

/**
 * A text search walks the deals in the page's order, testing each one's sources, up to this many deals per row of
 * the page before it gives up and gathers every match instead: the walk pays off when more than one deal in this
 * many matches. Whether a word is that common is measured on the evidence first (`textIsCommon`).
 */
export const WALK_DEALS_PER_ROW = 20;

export interface SearchPage {
  limit: number;
  cursor?: DealCursor | null;
  withTotal?: boolean;
  totalCap?: number;
  /** How a text search finds its page: by default measured per search (`textIsCommon`); tests force either way. */
  textPlan?: 'walk' | 'gather';
  /** Deals a walk reads before it gives up; WALK_DEALS_PER_ROW × (limit + 1) unless given (tests). */
  walkLength?: number;
}

const countRows = (db: Db, where: SQL | undefined, upTo: number) => db.select({ n: sql<number>`count(*)`.mapWith(Number) })
  .from(db.select({ one: sql<number>`1`.as('one') }).from(deals).where(where).limit(upTo).as('matches')).then((r) => r[0]?.n ?? 0);

/**
 * Whether at least one deal in WALK_DEALS_PER_ROW has a source whose evidence matches, against the number of deals
 * the planner's statistics know of. `matched` is the first page's count of deals matching by evidence, when it has
 * one (up to `upTo`): when it is enough the measure comes free. Otherwise (and when other filters narrowed that count)
 * the sources matching are counted from the evidence index, up to that share, rather than all read. Unknown (a table
 * never analysed) counts as rare: gathering is always right, only slower.
 */
async function textIsCommon(db: Db, text: DealTextMatch, matched: { n: Promise<number>; upTo: number } | null): Promise<boolean> {
  const [known] = await db.select({ n: sql<number>`reltuples`.mapWith(Number) }).from(sql`pg_class`).where(sql`oid = 'deals'::regclass`);
  if (!known || known.n <= 0) return false;
  const enough = Math.max(1, Math.ceil(known.n / WALK_DEALS_PER_ROW));
  if (matched && enough <= matched.upTo && (await matched.n) >= enough) return true;
  const [found] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(db.select({ one: sql<number>`1`.as('one') }).from(dealSources).where(text.evidence).limit(enough).as('hits'));
  return (found?.n ?? 0) >= enough;
}

/** Deals matching the filters, newest (or largest) first, a page at a time; with `withTotal`, how many match (up to a cap). */
export async function searchDeals(db: Db, f: DealFilters, page: SearchPage): Promise<DealPage> {
  const base = await dealConditions(db, { ...f, q: undefined });
  if (base === 'none') return { items: [], nextCursor: null, total: page.withTotal ? 0 : null, totalCapped: page.withTotal ? false : null };
  const text = f.q ? dealTextMatch(f.q) : null;
  const where = and(base, text?.anySource);
  const cap = page.totalCap ?? DEAL_TOTAL_CAP;
  const c = page.cursor;
  const byAmount = f.sort === 'amount';
  const after = !c ? undefined : byAmount
    ? sql`(${amountKey}, ${deals.id}) < (${c.key}::float8, ${c.id})`
    : sql`(${deals.announcedOn}, ${deals.id}) < (${c.key}::date, ${c.id})`;
  const order = byAmount ? [desc(amountKey), desc(deals.id)] : [desc(deals.announcedOn), desc(deals.id)];
  // Counting costs a read of every match, so only when asked (the first page of a search), and only up to the cap:
  // `limit cap + 1` lets the database stop early and still tell "exactly cap" from "more than cap". It runs beside
  // the page's own statements. A text search counts the matches by evidence first (no article read): when those
  // alone pass the cap, so does the search, and the titles of a common word's million articles stay unread.
  const byEvidence = page.withTotal && text ? countRows(db, and(base, text.byEvidence), cap + 1) : null;
  const counting = !page.withTotal ? null : !byEvidence ? countRows(db, where, cap + 1)
    : byEvidence.then((n) => (n > cap ? n : countRows(db, where, cap + 1)));
  type Row = { id: number; day: string | null; amount: number };
  const gather = (): Promise<Row[]> => db.select({ id: deals.id, day: deals.announcedOn, amount: amountKey.mapWith(Number) }).from(deals)
    .where(and(where, after)).orderBy(...order).limit(page.limit + 1);
  // A common word: the deals in the page's order, each tested through its own sources, until the page is full. A
  // walk of walkLength deals that has not filled the page (the word is rarer among these deals than it looked)
  // gathers instead: the row numbered walkLength comes back whether it matches or not, telling "no more deals" from
  // "gave up".
  const walk = async (t: DealTextMatch): Promise<Row[]> => {
    const length = page.walkLength ?? WALK_DEALS_PER_ROW * (page.limit + 1);
    const walked = db.select({
      id: deals.id, day: deals.announcedOn, amount: amountKey.mapWith(Number).as('amount'),
      matches: sql<boolean>`${t.perDeal}`.as('matches'),
      n: sql<number>`row_number() over (order by ${byAmount ? sql`${amountKey} desc, ${deals.id} desc` : sql`${deals.announcedOn} desc, ${deals.id} desc`})`.as('n'),
    }).from(deals).where(and(base, after)).orderBy(...order).limit(length).as('walked');
    const rows = await db.select({ id: walked.id, day: walked.day, amount: walked.amount, matches: walked.matches, n: walked.n }).from(walked)
      .where(sql`${walked.matches} or ${walked.n} = ${length}`).limit(page.limit + 1);
    const found = rows.filter((r) => r.matches);
    if (found.length <= page.limit && rows.some((r) => Number(r.n) === length)) return gather();
    return found.map((r) => ({ id: r.id, day: r.day, amount: Number(r.amount) }));
  };
  const paging = (async () => {
    const rows = text && (page.textPlan ? page.textPlan === 'walk' : await textIsCommon(db, text, byEvidence && { n: byEvidence, upTo: cap + 1 })) ? await walk(text) : await gather();
    return { rows, items: await loadDeals(db, rows.slice(0, page.limit).map((r) => r.id)) };
  })();
  const [n, { rows, items }] = await Promise.all([counting, paging]);
  const last = rows[Math.min(rows.length, page.limit) - 1];
  const nextCursor = rows.length > page.limit && last
    ? encodeDealCursor(byAmount ? { sort: 'amount', key: last.amount, id: last.id } : { sort: 'date', key: last.day ?? '1970-01-01', id: last.id })
    : null;
  return { items, nextCursor, total: n === null ? null : Math.min(n, cap), totalCapped: n === null ? null : n > cap };
}
