import type { IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decompressStream } from './decompress-stream.js';
import { fetchFailure, type FetchWhere } from './fetch-failure.js';
import { FetchError } from './fetch-types.js';

const isDecoderError = (err: unknown) => /^(Z_|ERR__ERROR)/.test((err as NodeJS.ErrnoException).code ?? '');

/**
 * Reads a response body, decompressed, into one buffer of at most `maxBytes` bytes. The cap counts decompressed
 * bytes and is checked chunk by chunk as they stream, so a gzip bomb or an endless body stops as soon as it passes the
 * cap, in bounded memory. Errors other than size, encoding and decompression are left for the caller to describe.
 */
export async function readBody(res: IncomingMessage, opts: { where: FetchWhere; maxBytes: number; signal: AbortSignal }): Promise<Buffer> {
  const { where, maxBytes } = opts;
  const encoding = res.headers['content-encoding'];
  const decoders = decompressStream(encoding);
  const tooLarge = () => fetchFailure(where, 'too-large',
    `body larger than ${maxBytes} bytes${encoding && decoders instanceof Array && decoders.length ? ` after decompression (Content-Encoding ${encoding})` : ''}`);
  if (!(decoders instanceof Array)) {
    res.destroy();
    throw fetchFailure(where, 'protocol', `unsupported Content-Encoding ${decoders.unsupported}`);
  }
  const declared = Number(res.headers['content-length']);
  if (decoders.length === 0 && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.byteLength;
      if (size > maxBytes) return callback(tooLarge());
      chunks.push(chunk);
      callback();
    },
  });
  try {
    await pipeline([res, ...decoders, sink], { signal: opts.signal });
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (isDecoderError(err)) throw fetchFailure(where, 'decode', `cannot decompress the ${encoding} body (${(err as Error).message})`, { cause: err });
    throw err;
  }
  return Buffer.concat(chunks, size);
}
