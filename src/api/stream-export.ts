import type { Context } from 'hono';
import { stream } from 'hono/streaming';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };

/** Streams an export as a download; memory holds one page of rows at a time. */
export function streamExport(c: Context, filename: string, chunks: AsyncIterable<string>): Response {
  c.header('content-type', TYPES[filename.split('.').pop() ?? ''] ?? 'application/octet-stream');
  c.header('content-disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
  return stream(c, async (s) => {
    for await (const chunk of chunks) await s.write(chunk);
  }, async (err, s) => {
    console.error(`api: export ${filename}: ${err.stack ?? err.message}`);
    await s.write('\n# export failed part-way; the server log has the details\n');
  });
}
