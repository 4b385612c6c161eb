/**
 * Tables the database derives from the others (src/db/schema/deal-export.ts): left out of a backup. On restore the rows
 * they derive from mark every deal for a new export line (triggers), which the next refresh writes.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['deal_export_lines', 'deal_export_stale']);
