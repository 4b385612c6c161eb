import type { ReadText } from '../read-tokens.js';
import type { Candidate } from './find-candidates.js';

const isSubsequence = (short: string, long: string): boolean => {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
};

const KNOWN_AS = /^\s*[,(]?\s*(?:also |formerly |previously |now |widely )?(?:known as|called|dubbed|renamed|formerly|branded as|trading as|d\/b\/a)\s+$/i;

/** "Acme, known as Acmeco in China", "Acme (formerly Oldco)": a second name for the same organisation. */
export function knownAs(read: ReadText, candidates: Candidate[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]!, b = candidates[i]!;
    if (a.sentence !== b.sentence || b.first - a.last > 5) continue;
    const gap = read.text.slice(read.tokens[a.last - 1]!.end, read.tokens[b.first]!.start);
    if (KNOWN_AS.test(gap)) out.push([b.key, a.key]);
  }
  return out;
}

/** "Long Name (LN)" and "Long Name, or LN": an acronym introduced beside its full name. */
export function spelledOut(candidates: Candidate[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]!, b = candidates[i]!;
    const gap = b.first - a.last;
    if (gap < 1 || gap > 2 || a.sentence !== b.sentence || !/^[A-Z][A-Z0-9&.]{1,7}$/.test(b.text)) continue;
    const acr = b.key.replace(/\s/g, '');
    if (acr[0] === a.key[0] && isSubsequence(acr, a.key.replace(/\s/g, ''))) out.push([b.key, a.key]);
  }
  return out;
}
