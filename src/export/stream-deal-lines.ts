import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CopyBinaryDecoder } from './copy-binary-decoder.js';
import { DEAL_EXPORT_HEADER } from './deal-export-header.js';
import { DealLineWriter } from './deal-line-writer.js';
import { EXPORT_SESSION } from './export-session.js';
import type { ExportFormat } from './write-rows.js';

/**
 * The export lines of dealLinesQuery's rows, read from the server with `COPY … TO STDOUT (FORMAT binary)` and written
 * by DealLineWriter, in chunks as they arrive. The rows are read only as fast as
 * the chunks are taken (the socket is not read while the consumer is behind), so memory holds a chunk or two, whatever
 * the number of rows. The export runs on a connection of its own, outside the pool: it lasts as long as the consumer
 * takes, and neither the pool's statement limit nor its query timeout applies to it. Stopping early closes that connection,
 * which ends the statement on the server.
 */
export async function* streamDealLines(pool: pg.Pool, statement: string, format: ExportFormat): AsyncGenerator<string> {
  const client = new pg.Client({ ...pool.options, statement_timeout: 0, query_timeout: 0 });
  // A dropped connection fails the COPY stream below; the client's own 'error' must not end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`export: cannot connect to the database: ${(err as Error).message}`, { cause: err });
  }
  let finished = false;
  try {
    await client.query(EXPORT_SESSION);
    const copy = client.query(copyTo(`copy (${statement}) to stdout (format binary)`));
    const decoder = new CopyBinaryDecoder(DEAL_EXPORT_HEADER.length + 1);
    const writer = new DealLineWriter(format);
    const onRow = (buf: Buffer, bounds: readonly number[]) => writer.row(buf, bounds);
    try {
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        decoder.push(chunk, onRow);
        const lines = writer.take();
        if (lines) yield lines;
      }
    } catch (err) {
      throw new Error(`export: the database stopped the export: ${(err as Error).message}`, { cause: err });
    }
    if (!decoder.done) throw new Error('export: the database ended the export before its last row');
    finished = true;
  } finally {
    if (finished) await client.end();
    else client.connection.stream.destroy();
  }
}
