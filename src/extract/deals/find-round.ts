import { ROUND_PATTERNS } from '../lexicon/deal-words.js';

/** The round a sentence names ("Series B", "Seed", "Debt" ...), or null. */
export function findRound(text: string): string | null {
  for (const [re, name] of ROUND_PATTERNS) {
    const m = re.exec(text);
    if (m) return typeof name === 'string' ? name : name(m);
  }
  return null;
}
