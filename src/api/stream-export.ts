import type { Context } from 'hono';
import { stream } from 'hono/streaming';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };
/** Chunks read before the response starts (a CSV header and the first rows): a failure there is still a proper error status. */
const AHEAD = 2;

/**
 * Streams an export as a download. A chunk is read only once the previous one has been taken by the client (each write
 * waits for the response to drain), so memory holds a chunk or two whatever the export's size; a client that goes away
 * ends the export, whose generator then lets go of what it holds (the server export's connection).
 */
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
    try {
      for (const chunk of first) await s.write(chunk);
      for (let r = done ? null : await it.next(); r && !r.done && !s.aborted; r = await it.next()) await s.write(r.value);
    } finally {
      if (!done) await it.return?.(undefined);
    }
  }, async (err, s) => {
    console.error(`api: export ${filename}: ${err.stack ?? err.message}`);
    await s.write('\n# export failed part-way; the server log has the details\n');
  });
}
