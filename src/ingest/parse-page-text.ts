import { createHash } from 'node:crypto';
import type { ArticleInput } from '../extract/types.js';

/** A byline: "By" and one to four capitalised name words, possibly two authors joined by "and". */
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der)){0,6})\s*$/u;
/** Lines of page chrome: only symbols, or short UI sentences common to feed readers. */
const CHROME = /^[\p{S}\p{P}\s]*$/u;

function isTitleLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 200 && !/[.!?]["”’]?$/.test(t.replace(/\?$/, ''));
}

export function entryKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

/**
 * Splits text pasted from a feed reader's page (title, blank line, "By Author", paragraphs; repeated)
 * into articles. A paragraph that begins with "By " but is a sentence is not a byline.
 * Throws when no article can be found, naming the source.
 */
export function parsePageText(text: string, source: string): ArticleInput[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nonBlank: number[] = [];
  lines.forEach((l, i) => { if (l.trim()) nonBlank.push(i); });

  const starts: { titleLine: number; bylineLine: number; author: string }[] = [];
  for (let k = 1; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const m = BYLINE.exec(lines[i]!.trim());
    if (!m || lines[i]!.trim().length > 80) continue;
    const titleIdx = nonBlank[k - 1]!;
    if (!isTitleLine(lines[titleIdx]!)) continue;
    starts.push({ titleLine: titleIdx, bylineLine: i, author: m[1]!.trim() });
  }
  if (starts.length === 0) {
    throw new Error(`ingest: ${source}: no articles found in page text (expected a title line followed by a "By Author" line)`);
  }

  return starts.map((s, n) => {
    const end = n + 1 < starts.length ? starts[n + 1]!.titleLine : lines.length;
    const paragraphs = lines
      .slice(s.bylineLine + 1, end)
      .map((l) => l.trim())
      .filter((l) => l && !CHROME.test(l));
    const title = lines[s.titleLine]!.trim();
    return {
      id: `page-${entryKey(title, s.author)}`,
      title,
      body: paragraphs.join('\n\n'),
      author: s.author,
      url: null,
      published: null,
    };
  });
}
