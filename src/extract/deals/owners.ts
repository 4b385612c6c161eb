import type { Mention } from './company-mentions.js';

/**
 * "X’s Y" with both named: Y belongs to X. A name inside another belongs with it too: "Acme Studio" (a unit) to "Acme",
 * the "Heinz" brand to "Kraft Heinz Company". Returns company -> owner.
 */
export function companyOwners(text: string, mentions: Mention[], names: string[] = []): Map<number, number> {
  const owners = new Map<number, number>();
  const words = names.map((n) => ` ${n.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim()} `);
  words.forEach((short, a) => words.forEach((long, b) => {
    if (a === b || short.length >= long.length || short.trim().length < 3 || !long.includes(short)) return;
    if (long.startsWith(short)) { if (!owners.has(b)) owners.set(b, a); } else if (!owners.has(a)) owners.set(a, b);
  }));
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!, b = mentions[i]!;
    const between = text.slice(a.end, b.start);
    if (a.company !== b.company && /^[’']s\s+(?:[a-z-]+\s+){0,2}$/.test(between) && !owners.has(a.company)) owners.set(b.company, a.company);
  }
  return owners;
}
