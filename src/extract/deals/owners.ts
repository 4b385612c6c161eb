import type { Mention } from './company-mentions.js';

/** "X’s Y" with both named: Y belongs to X. Returns company -> owner. */
export function companyOwners(text: string, mentions: Mention[]): Map<number, number> {
  const owners = new Map<number, number>();
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!, b = mentions[i]!;
    const between = text.slice(a.end, b.start);
    if (a.company !== b.company && /^[’']s\s+(?:[a-z-]+\s+){0,2}$/.test(between) && !owners.has(a.company)) owners.set(b.company, a.company);
  }
  return owners;
}
