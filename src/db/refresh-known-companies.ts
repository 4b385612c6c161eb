import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

/** Below this many mentions in all, or this confidence, a stored company is not yet vouched for. */
const MIN_MENTIONS = 2;
const MIN_CONFIDENCE = 0.6;
/** Advisory lock key (space 3: see lock-keys.ts for 1 and 2): one refresh at a time across processes. */
const REFRESH_LOCK = 3;

const firstRow = <T>(r: unknown): T | undefined => ((r as { rows?: T[] }).rows ?? (r as T[]))[0];

/**
 * Takes a new snapshot of the companies extraction treats as known (companies.known_weight): each company mentioned at
 * least twice with enough confidence, not marked wrong nor merged away, weighted by the number of articles naming it
 * (2 + log2(1 + articles), at most 5). Commands take it after they stored their input, so an interrupted run that is
 * started again extracts with the same snapshot as an uninterrupted one. Returns the number of known companies,
 * or null when another process was refreshing at the same moment (its snapshot stands).
 */
export async function refreshKnownCompanies(db: Db): Promise<number | null> {
  return db.transaction(async (tx) => {
    const locked = await tx.execute(sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}::int, 0) as ok`);
    if (!firstRow<{ ok: boolean }>(locked)?.ok) return null;
    await tx.execute(sql`
      with counts as (
        select company_id, count(*) as articles, sum(count) as mentions from mentions group by company_id
      ), weights as (
        select c.id,
          case when c.merged_into_id is null and not c.marked_wrong and c.confidence >= ${MIN_CONFIDENCE}
                 and coalesce(k.mentions, 0) >= ${MIN_MENTIONS}
               then least(5, 2 + ln(1 + k.articles) / ln(2))::real end as weight
        from companies c left join counts k on k.company_id = c.id
      )
      update companies c set known_weight = w.weight from weights w
      where w.id = c.id and c.known_weight is distinct from w.weight`);
    const counted = await tx.execute(sql`select count(*)::int as n from companies where known_weight is not null`);
    return firstRow<{ n: number }>(counted)?.n ?? 0;
  });
}
