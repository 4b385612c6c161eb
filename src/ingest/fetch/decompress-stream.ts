import type { Transform } from 'node:stream';
import { constants, createBrotliDecompress, createUnzip } from 'node:zlib';

/**
 * Decoders for a Content-Encoding header, in the order to apply them (the header lists encodings as applied, so they
 * are undone last first). Returns null naming the first encoding it cannot undo. gzip and deflate share `unzip`, which
 * reads either header (servers mix them up); a truncated stream ends quietly, as it does in browsers.
 */
export function decompressStream(contentEncoding: string | undefined): Transform[] | { unsupported: string } {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  const streams: Transform[] = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip' || coding === 'deflate') {
      streams.push(createUnzip({ finishFlush: constants.Z_SYNC_FLUSH }));
    } else if (coding === 'br') {
      streams.push(createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH }));
    } else {
      return { unsupported: coding };
    }
  }
  return streams;
}
