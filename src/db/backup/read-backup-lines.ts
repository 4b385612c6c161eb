import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

/** A line of a backup file, parsed, with its line number (1-based, in the uncompressed text). */
export interface BackupLine {
  line: number;
  value: unknown;
}

/**
 * Reads a gzip'd JSON Lines backup a chunk at a time (memory does not grow with the file). A file that is not
 * gzip, a truncated or damaged one (gzip's length and CRC checks), or a line that is not JSON fails with an error
 * naming the file and the line.
 */
export async function* readBackupLines(file: string): AsyncGenerator<BackupLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  const parse = (text: string): BackupLine => {
    line += 1;
    try {
      return { line, value: JSON.parse(text) };
    } catch {
      throw new Error(`restore: ${file}: line ${line} is not valid JSON: the file is damaged`);
    }
  };
  const input = pipeline(createReadStream(file), createGunzip(), () => {});
  try {
    for await (const chunk of input) {
      const parts = (pending + decoder.write(chunk as Buffer)).split('\n');
      pending = parts.pop()!;
      for (const text of parts) yield parse(text);
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.message.startsWith('restore:')) throw e;
    if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR') throw new Error(`restore: cannot read ${file}: ${e.message}`, { cause: e });
    const what = e.code === 'Z_DATA_ERROR' && line === 0 ? 'is not a gzip file (a news-intel backup is gzip\'d)' : `is truncated or damaged after line ${line} (${e.message})`;
    throw new Error(`restore: ${file} ${what}`, { cause: e });
  } finally {
    input.destroy();
  }
  pending += decoder.end();
  if (pending.length) yield parse(pending);
}
