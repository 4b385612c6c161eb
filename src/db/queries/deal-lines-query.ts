import { and, sql, type SQL } from 'drizzle-orm';
import { dealExportLines, dealExportStale, deals } from '../schema.js';
import { DEAL_COLUMNS, dealColumnsQuery } from './deal-columns-query.js';
import { qualified as q } from './qualified.js';

/**
 * Deals whose line may not be used: the marked ones. Every deal without a line is marked (a new deal by its insert, a
 * line removed by hand by a trigger on deal_export_lines, a truncate by another), so no deal is looked for elsewhere.
 */
const STALE = sql`select distinct ${q(dealExportStale.dealId)} as id from ${dealExportStale}`;

/**
 * The deal export as one statement for a server to stream (COPY … TO STDOUT), in search order: a first column `line`,
 * the deal's ready export line in `format` (deal_export_lines) when it has no stale mark, else NULL and the
 * deal's columns (dealColumnsQuery: parties and sources aggregated now) for the caller to write. Fresh lines and
 * columns are read in one statement, so from one snapshot: a line is used only if no change since it was written has
 * committed. `where` is dealConditions' WHERE; `narrow` as in dealColumnsQuery.
 */
export function dealLinesQuery(where: SQL | undefined, sort: 'date' | 'amount', opts: { narrow: boolean; format: 'csv' | 'jsonl' }): SQL {
  const line = opts.format === 'csv' ? q(dealExportLines.csv) : q(dealExportLines.json);
  const key = sort === 'amount' ? sql`coalesce(${q(deals.amountUsd)}, -1)` : q(deals.announcedOn);
  const nulls = sql.raw(DEAL_COLUMNS.map((c) => `null as ${c}`).join(', '));
  const columns = sql.raw(DEAL_COLUMNS.map((c) => `x.${c}`).join(', '));
  const ready = sql`select ${line} as line, ${nulls}, ${key} as sort_key, ${q(deals.id)} as sort_id
    from ${deals} join ${dealExportLines} on ${q(dealExportLines.dealId)} = ${q(deals.id)}
    where ${and(where, sql`${q(deals.id)} not in (select id from stale)`)}`;
  const rest = dealColumnsQuery(and(where, sql`${q(deals.id)} in (select id from stale)`), sort, { narrow: true });
  return sql`with stale as materialized (${STALE})
select x.line, ${columns} from ((select null::text as line, c.* from (${rest}) as c) union all (${ready})) as x
order by x.sort_key desc, x.sort_id desc`;
}
