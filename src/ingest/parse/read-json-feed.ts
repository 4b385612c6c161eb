import { parseJsonFeed } from 'feedsmith';
import { countDrop } from './count-drop.js';
import { fromJsonFeed } from './from-json-feed.js';
import { isJsonFeed } from './is-json-feed.js';
import type { ReadFeed } from './raw-item.js';

/** A JSON Feed document: its fields and items; items that are not objects are counted as 'malformed-item'. */
export function readJsonFeed(text: string, source: string, baseUrl: string | null): ReadFeed & { dropped: Record<string, number> } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`parse: ${source}: invalid JSON (${(err as Error).message})`, { cause: err });
  }
  if (!isJsonFeed(json)) {
    throw new Error(`parse: ${source}: JSON is not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")`);
  }
  let parsed: { items?: unknown[] };
  try {
    parsed = parseJsonFeed(json);
  } catch (err) {
    throw new Error(`parse: ${source}: not a usable JSON Feed (${(err as Error).message})`, { cause: err });
  }
  const given = (json as { items?: unknown }).items;
  const dropped: Record<string, number> = {};
  countDrop(dropped, 'malformed-item', (Array.isArray(given) ? given.length : 0) - (parsed.items?.length ?? 0));
  return { ...fromJsonFeed(parsed, baseUrl), dropped };
}
