import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';

export type DuplicateReason = 'acronym' | 'prefix' | 'similar_name';

export interface SuspectedDuplicate {
  a: { id: number; name: string; mentions: number };
  b: { id: number; name: string; mentions: number };
  /** 0..1: trigram similarity of the names, raised for a word prefix (by the length ratio) or an acronym. */
  score: number;
  reasons: DuplicateReason[];
}

interface Row {
  a_id: number; a_name: string; a_mentions: number; b_id: number; b_name: string; b_mentions: number; score: number; reasons: DuplicateReason[];
}

/**
 * Pairs of active companies (not merged, not marked wrong) that may be one company, best first: names with
 * trigram similarity over 0.5; a normalised name that is the first words of the other's ("tallgrass" and
 * "tallgrass ventures"); or one that is the other's acronym ("ibm", "international business machines").
 * Each kind of candidate is found through an index (trigram, or equality on norm_name).
 */
export async function suspectedDuplicates(db: Db, limit: number): Promise<SuspectedDuplicate[]> {
  const result = await db.execute(sql`
    with cand(a_id, b_id, reason) as (
      select a.id, b.id, 'similar_name' from companies a join companies b on a.id < b.id and a.name % b.name
        where similarity(a.name, b.name) > 0.5
      union all
      select a.id, b.id, 'prefix' from companies b
        cross join lateral (select string_to_array(b.norm_name, ' ') as w) s
        cross join lateral generate_series(1, cardinality(s.w) - 1) k
        join companies a on a.norm_name = array_to_string(s.w[1:k], ' ')
      union all
      select a.id, b.id, 'acronym' from companies b
        cross join lateral (select string_agg(left(u.w, 1), '' order by u.i) as acr
          from unnest(string_to_array(b.norm_name, ' ')) with ordinality u(w, i)) x
        join companies a on a.norm_name = x.acr
        where b.norm_name like '% %'
    ), pairs as (
      select least(a_id, b_id) as a_id, greatest(a_id, b_id) as b_id, array_agg(distinct reason order by reason) as reasons
        from cand where a_id <> b_id group by 1, 2
    )
    select p.a_id, a.name as a_name, p.b_id, b.name as b_name, p.reasons,
      round(greatest(
        similarity(a.name, b.name),
        case when 'prefix' = any(p.reasons)
          then 0.5 + 0.5 * least(length(a.norm_name), length(b.norm_name))::float8 / greatest(length(a.norm_name), length(b.norm_name)) else 0 end,
        case when 'acronym' = any(p.reasons) then 0.7 else 0 end
      )::numeric, 3)::float8 as score,
      (select coalesce(sum(m.count), 0) from mentions m where m.company_id = a.id)::int as a_mentions,
      (select coalesce(sum(m.count), 0) from mentions m where m.company_id = b.id)::int as b_mentions
    from pairs p join companies a on a.id = p.a_id join companies b on b.id = p.b_id
    where a.merged_into_id is null and not a.marked_wrong and b.merged_into_id is null and not b.marked_wrong
    order by score desc, p.a_id, p.b_id
    limit ${limit}`);
  return (result as unknown as { rows: Row[] }).rows.map((r) => ({
    a: { id: r.a_id, name: r.a_name, mentions: r.a_mentions },
    b: { id: r.b_id, name: r.b_name, mentions: r.b_mentions },
    score: r.score, reasons: r.reasons,
  }));
}
