import type { Context } from 'hono';
import { stream } from 'hono/streaming';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };
/** Chunks read before the response starts (a CSV header and the first page): a failure there is still a proper error status. */
const AHEAD = 2;

/** Streams an export as a download; memory holds one page of rows at a time (two before the first byte goes out). */
export async function streamExport(c: Context, filename: string, chunks: AsyncIterable<string>): Promise<Response> {
  const it = chunks[Symbol.asyncIterator]();
  const first: string[] = [];
  let done = false;
  while (!done && first.length < AHEAD) {
    const r = await it.next();
    if (r.done) done = true;
    else first.push(r.value);
  }
  c.header('content-type', TYPES[filename.split('.').pop() ?? ''] ?? 'application/octet-stream');
  c.header('content-disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
  return stream(c, async (s) => {
    for (const chunk of first) await s.write(chunk);
    for (let r = done ? null : await it.next(); r && !r.done; r = await it.next()) await s.write(r.value);
  }, async (err, s) => {
    console.error(`api: export ${filename}: ${err.stack ?? err.message}`);
    await s.write('\n# export failed part-way; the server log has the details\n');
  });
}
