import { csvLine } from './csv-cell.js';
import { rowLine } from './row-line.js';

export type ExportFormat = 'csv' | 'jsonl';

/**
 * Rows (pages of flat objects) as CSV — UTF-8 BOM unless turned off, header row, CRLF, list cells joined with "; " —
 * or as JSON Lines; produced a page at a time.
 */
export async function* writeRows<R extends object>(
  pages: AsyncIterable<R[]>, format: ExportFormat, header: string[], opts: { bom?: boolean } = {},
): AsyncGenerator<string> {
  if (format === 'csv') yield `${opts.bom === false ? '' : '\uFEFF'}${csvLine(header)}`;
  for await (const rows of pages) {
    let chunk = '';
    for (const row of rows) {
      chunk += rowLine(row, format, header);
    }
    yield chunk;
  }
}
