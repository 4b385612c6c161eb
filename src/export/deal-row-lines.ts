import type { DealRow } from '../db/queries/deal-row-columns.js';
import { csvLine } from './csv-cell.js';
import { DEAL_EXPORT_HEADER } from './deal-export-header.js';

/** A deal's export lines, each with its line end: exactly what writeRows writes for the row in CSV and in JSON Lines. */
export function dealRowLines(row: DealRow): { csv: string; json: string } {
  const cells = DEAL_EXPORT_HEADER.map((k) => { const v = row[k]; return Array.isArray(v) ? v.join('; ') : v; });
  return { csv: csvLine(cells), json: `${JSON.stringify(row)}\n` };
}
