import type { GreaderItem } from './greader-item-schema.js';

/**
 * When FreshRSS received an item, in microseconds: `timestampUsec`, else `crawlTimeMsec`, else the item id itself
 * (FreshRSS entry ids are that time: `…/item/0005c62466ee28fe` is 1625234531559678). Null when none is readable.
 */
export function receivedUsec(item: GreaderItem): bigint | null {
  if (item.timestampUsec) return BigInt(item.timestampUsec);
  if (item.crawlTimeMsec) return BigInt(item.crawlTimeMsec) * 1000n;
  const hex = /\/item\/([0-9a-f]{1,16})$/i.exec(item.id)?.[1];
  if (hex) return BigInt(`0x${hex}`);
  return /^\d+$/.test(item.id) ? BigInt(item.id) : null;
}
