import type { DealRow } from '../db/queries/deal-row-columns.js';
import { DEAL_EXPORT_HEADER } from './deal-export-header.js';
import { rowLine } from './row-line.js';

/** A deal's export lines, each with its line end: what writeRows writes for the row in CSV and in JSON Lines. */
export const dealRowLines = (row: DealRow): { csv: string; json: string } =>
  ({ csv: rowLine(row, 'csv', DEAL_EXPORT_HEADER), json: rowLine(row, 'jsonl', DEAL_EXPORT_HEADER) });
