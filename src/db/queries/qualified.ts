import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A column as "table"."column". drizzle leaves columns unqualified in single-table selects, where a correlated
 * subquery would then bind `"id"` to its own table: every outer reference in a subquery goes through this.
 */
export function qualified(column: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
