import { csvLine } from './csv-cell.js';
import type { ExportFormat } from './write-rows.js';

type Cell = string | number | boolean | null | undefined | string[];

/** One row as an export line with its line end: CSV cells in `header`'s order (lists joined with "; "), or JSON. */
export function rowLine(row: object, format: ExportFormat, header: readonly string[]): string {
  if (format === 'jsonl') return `${JSON.stringify(row)}\n`;
  return csvLine(header.map((k) => { const v = (row as Record<string, Cell>)[k]; return Array.isArray(v) ? v.join('; ') : v; }));
}
