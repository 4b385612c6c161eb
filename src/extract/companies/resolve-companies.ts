import type { CompanyMention } from '../types.js';
import { ALIAS_TAIL_WORDS } from '../lexicon/org-words.js';
import { vocabulary } from '../vocabulary.js';
import type { ReadText } from '../read-tokens.js';
import type { Candidate } from './find-candidates.js';
import type { NameVerdict } from './classify-names.js';

export interface ResolvedCompanies {
  companies: CompanyMention[];
  /** Normalised alias -> index into `companies`. */
  byKey: Map<string, number>;
}

const isSubsequence = (short: string, long: string): boolean => {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
};

const KNOWN_AS = /^\s*[,(]?\s*(?:also |formerly |previously |now |widely )?(?:known as|called|dubbed|renamed|formerly|branded as|trading as|d\/b\/a)\s+$/i;

/** "Acme, known as Acmeco in China", "Acme (formerly Oldco)": a second name for the same organisation. */
function knownAs(read: ReadText, candidates: Candidate[]): [string, string][] {
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
function spelledOut(candidates: Candidate[]): [string, string][] {
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

const isPlace = (w: string): boolean => vocabulary.tags(w).some((t) => /^(Country|City|Region|Place)$/.test(t));

const SKIP_INITIAL = new Set(['of', 'and', 'the', '&', 'for']);
const initials = (key: string): string => key.split(' ').filter((w) => !SKIP_INITIAL.has(w)).map((w) => w[0]).join('');

/** Groups accepted names into companies: short forms, fuller forms and acronyms of one organisation. */
export function resolveCompanies(read: ReadText, candidates: Candidate[], verdicts: Map<string, NameVerdict>): ResolvedCompanies {
  const accepted = [...verdicts.values()].filter((v) => v.isCompany).map((v) => v.key);
  const parent = new Map<string, string>();
  const root = (k: string): string => { let r = k; while (parent.has(r)) r = parent.get(r)!; return r; };
  const longestFirst = [...accepted].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  for (const [key, v] of verdicts) {
    if (v.isPerson) continue;
    const words = key.split(' ');
    for (const longer of longestFirst) {
      if (longer === key || root(longer) === key) continue;
      const lw = longer.split(' ');
      const tailKey = lw.slice(words.length).join(' ');
      const tail = lw.slice(words.length);
      const orgEnding = ALIAS_TAIL_WORDS.has(tail[tail.length - 1] ?? '');
      const isTail = lw.length > words.length && words.every((w, i) => lw[i] === w) && !verdicts.get(tailKey)?.isCompany
        && tail.every((w) => ALIAS_TAIL_WORDS.has(w) || (orgEnding && isPlace(w)) || (!vocabulary.known(w) && vocabulary.tags(w).length === 0
          && /^[a-z]{3,}$/.test(w) && new RegExp(`\\b${w[0]!.toUpperCase()}${w.slice(1)}\\b`).test(verdicts.get(longer)?.text ?? '')));
      const owner = lw.slice(0, lw.length - words.length).join(' ');
      const isOwned = lw.length > words.length && words.every((w, i) => lw[lw.length - words.length + i] === w)
        && verdicts.get(owner)?.isCompany === true && v.isCompany;
      const isAcronym = words.length === 1 && key.length >= 2 && lw.length >= 2 && /^[A-Z&]+$/.test(v.text.replace(/[.&]/g, ''))
        && initials(longer) === key;
      if (isOwned) { parent.set(longer, key); continue; }
      if (isTail || isAcronym) { parent.set(key, longer); break; }
    }
  }
  for (const [short, long] of spelledOut(candidates)) if (!parent.has(short) && verdicts.get(long)?.isCompany) parent.set(short, long);
  for (const [other, main] of knownAs(read, candidates)) {
    if (other !== main && !parent.has(other) && verdicts.get(main)?.isCompany && !verdicts.get(other)?.isPerson) parent.set(other, main);
  }
  const groups = new Map<string, string[]>();
  for (const key of verdicts.keys()) {
    const r = root(key);
    if (!verdicts.get(r)?.isCompany && !verdicts.get(key)?.isCompany) continue;
    if (!verdicts.get(r)?.isCompany) continue;
    const g = groups.get(r);
    if (g) g.push(key); else groups.set(r, [key]);
  }
  const companies: CompanyMention[] = [];
  const byKey = new Map<string, number>();
  for (const [r, keys] of groups) {
    const index = companies.length;
    const texts = new Map<string, number>();
    let mentions = 0;
    for (const c of candidates) {
      if (!keys.includes(c.key)) continue;
      mentions++;
      texts.set(c.text, (texts.get(c.text) ?? 0) + 1);
    }
    const aliases = [...texts.keys()];
    const name = [...aliases].sort((a, b) => b.split(' ').length - a.split(' ').length || (texts.get(b)! - texts.get(a)!))[0] ?? r;
    const score = Math.max(...keys.map((k) => verdicts.get(k)?.score ?? 0));
    companies.push({ name, aliases, mentions, confidence: +(1 / (1 + Math.exp(-(score - 1) / 2))).toFixed(2) });
    for (const k of keys) byKey.set(k, index);
  }
  return { companies, byKey };
}
