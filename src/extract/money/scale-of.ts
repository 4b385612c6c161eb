import { moneyPatterns } from './money-patterns.js';

/** The multiplier of a matched scale ("million" → 1e6, "lakh crore" → 1e12); undefined when none was matched. */
export function scaleOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  let multiplier = 1;
  for (const word of raw.split(/[\s-]+/).filter(Boolean)) {
    const m = moneyPatterns.scales.get(word);
    if (m === undefined) return undefined;
    multiplier *= m;
  }
  return multiplier;
}
