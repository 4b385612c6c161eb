export type SourceFormat = 'feed' | 'json' | 'jsonl' | 'page-text';

/** Tells a source's format from its content (and name, for JSON Lines). */
export function detectFormat(text: string, name: string): SourceFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'feed';
  if (/\.jsonl$|\.ndjson$/i.test(name)) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    const isOneObjectPerLine = firstLine.endsWith('}') && (() => { try { JSON.parse(firstLine); return true; } catch { return false; } })();
    return isOneObjectPerLine && head.includes('\n{') ? 'jsonl' : 'json';
  }
  return 'page-text';
}
