import { z } from 'zod';
import type { ArticleInput } from '../extract/types.js';

const articleSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string(),
  body: z.string(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  author: z.string().nullish(),
});

function toArticle(raw: unknown, where: string): ArticleInput {
  const r = articleSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`ingest: ${where}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return r.data;
}

/** JSON (an array, or an object with an `articles` array) of `{id, title, body, url?, published?, author?}`. */
export function parseJsonArticles(text: string, source: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`ingest: ${source}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const list = Array.isArray(data) ? data : (data as { articles?: unknown })?.articles;
  if (!Array.isArray(list)) throw new Error(`ingest: ${source}: expected an array of articles or {"articles": [...]}`);
  return list.map((raw, i) => toArticle(raw, `${source}: article ${i + 1}`));
}

/** One line of a JSON Lines source (numbered from 1 in errors): its article, or null for a blank line. */
export function parseJsonLine(line: string, source: string, lineNo: number): ArticleInput | null {
  if (!line.trim()) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    throw new Error(`ingest: ${source}: line ${lineNo}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  return toArticle(raw, `${source}: line ${lineNo}`);
}

/** JSON Lines: one article object per line; blank lines skipped. */
export function parseJsonLines(text: string, source: string): ArticleInput[] {
  return text.split(/\r?\n/).flatMap((line, i) => parseJsonLine(line, source, i + 1) ?? []);
}
