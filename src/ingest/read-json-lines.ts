import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ArticleInput } from '../extract/types.js';
import { parseJsonLine } from './parse-json-articles.js';

/** A run of lines of a JSON Lines file: the articles read, and each line that could not be taken with its reason. */
export interface JsonLinesBatch { articles: ArticleInput[]; bad: { line: number; error: string }[] }

/**
 * Streams a JSON Lines file of articles, `size` articles a batch, so that memory holds one batch whatever the file's
 * size. A bad line is reported in its batch (file, line, field) and reading goes on.
 */
export async function* readJsonLines(path: string, size: number): AsyncGenerator<JsonLinesBatch> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => { stream.once('open', () => resolve()); stream.once('error', reject); });
  try {
    await opened;
  } catch (err) {
    throw new Error(`ingest: ${path}: cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  let batch: JsonLinesBatch = { articles: [], bad: [] };
  let lineNo = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    try {
      const article = parseJsonLine(line, path, lineNo);
      if (article) batch.articles.push(article);
    } catch (err) {
      batch.bad.push({ line: lineNo, error: (err as Error).message });
    }
    if (batch.articles.length >= size) {
      yield batch;
      batch = { articles: [], bad: [] };
    }
  }
  if (batch.articles.length || batch.bad.length) yield batch;
}
