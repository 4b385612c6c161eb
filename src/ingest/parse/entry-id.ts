import { createHash } from 'node:crypto';

/** An item's stable key: its GUID/id, else its link, else `hash:` and the first 16 hex of sha256(title, content). */
export function entryId(item: { guid: string | null; url: string | null; title: string; body: string }): string {
  const guid = item.guid?.trim();
  if (guid) return guid;
  if (item.url) return item.url;
  return `hash:${createHash('sha256').update(`${item.title}\n${item.body}`).digest('hex').slice(0, 16)}`;
}
