import type { MigrationLevel } from './migration-state.js';

export const backupFormat = 'news-intel-backup';
export const backupVersion = 1;

/**
 * The first line of a backup. The file is gzip'd JSON Lines: this header, then for each table (in foreign-key
 * order) a line `{"table": name}` followed by one JSON array per row (each column as its Postgres text form, or
 * null), and last a line `{"end": true, "rows": total}`.
 */
export interface BackupHeader {
  format: typeof backupFormat;
  version: number;
  createdAt: string;
  /** The engine the backup was taken from ('pglite' or 'postgres'); any backup restores onto either. */
  source: string;
  /** The drizzle migration the database was at. */
  migration: { tag: string | null; when: number; hash: string };
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { table: string; column: string; value: number; isCalled: boolean }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** Checks a parsed first line; returns what is wrong with it, or null. */
export function headerProblem(h: unknown): string | null {
  if (!isObject(h) || h.format !== backupFormat) return 'its first line is not a news-intel backup header';
  if (typeof h.version !== 'number' || h.version > backupVersion) return `it is format version ${String(h.version)}; this program reads version ${backupVersion}: use a newer news-intel`;
  const m = h.migration as MigrationLevel | undefined;
  if (!isObject(m) || !Number.isSafeInteger(m.when) || typeof m.hash !== 'string') return 'its header has no valid migration';
  if (!Array.isArray(h.tables) || !h.tables.every((t) => isObject(t) && typeof t.name === 'string' && isCount(t.rows)
    && Array.isArray(t.columns) && t.columns.every((c) => typeof c === 'string'))) return 'its header has no valid table list';
  if (!Array.isArray(h.sequences) || !h.sequences.every((s) => isObject(s) && typeof s.table === 'string' && typeof s.column === 'string'
    && Number.isSafeInteger(s.value) && typeof s.isCalled === 'boolean')) return 'its header has no valid sequence list';
  return null;
}
