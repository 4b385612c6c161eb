import type { CompanyMention } from '../types.js';
import type { ReadText } from '../read-tokens.js';
import type { Candidate } from './find-candidates.js';
import type { NameVerdict } from './classify-names.js';
import { aliasRelation } from './alias-relation.js';
import { knownAs, spelledOut } from './alias-patterns.js';
import { knownKey } from './known-key.js';
import type { KnownCompanies } from '../types.js';

export interface ResolvedCompanies {
  companies: CompanyMention[];
  /** Normalised alias -> index into `companies`. */
  byKey: Map<string, number>;
}

/** Groups accepted names into companies: short forms, fuller forms and acronyms of one organisation. */
export function resolveCompanies(read: ReadText, candidates: Candidate[], verdicts: Map<string, NameVerdict>, known?: KnownCompanies): ResolvedCompanies {
  // "Acme-Norda merger", "Acme/Norda deal": a glued pair of names is not a third company
  for (const v of verdicts.values()) {
    const words = v.key.split(' ');
    if (v.isCompany && words.length > 1 && /[-/]/.test(v.text) && words.every((w) => verdicts.get(w)?.isCompany)) v.isCompany = false;
  }
  const accepted = [...verdicts.values()].filter((v) => v.isCompany).map((v) => v.key);
  const parent = new Map<string, string>();
  const root = (k: string): string => { let r = k; while (parent.has(r)) r = parent.get(r)!; return r; };
  const longestFirst = [...accepted].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  for (const [key, v] of verdicts) {
    if (v.isPerson) continue;
    const words = key.split(' ');
    const acronymShaped = words.length === 1 && /^[A-Z&]+$/.test(v.text.replace(/[.&]/g, ''));
    for (const longer of longestFirst) {
      if (longer.length <= key.length || (!acronymShaped && !longer.includes(words[0]!)) || root(longer) === key) continue;
      const relation = aliasRelation(key, v, longer, verdicts);
      if (relation === 'owned') { parent.set(longer, key); continue; }
      if (relation) { parent.set(key, longer); break; }
    }
  }
  for (const [short, long] of spelledOut(candidates)) if (!parent.has(short) && verdicts.get(long)?.isCompany) parent.set(short, long);
  for (const [other, main] of knownAs(read, candidates)) {
    if (other !== main && !parent.has(other) && verdicts.get(main)?.isCompany && !verdicts.get(other)?.isPerson) parent.set(other, main);
  }
  // names the corpus knows as one company are one company here too (an acronym and its long form)
  if (known) {
    const byCanonical = new Map<string, string>();
    for (const [key, v] of verdicts) {
      const canonical = v.isCompany ? known.get(knownKey(v.text))?.name : undefined;
      if (canonical === undefined) continue;
      const first = byCanonical.get(canonical);
      if (first === undefined) byCanonical.set(canonical, root(key));
      else if (root(key) !== root(first)) parent.set(root(key), root(first));
    }
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
  const occurrences = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = occurrences.get(c.key);
    if (list) list.push(c); else occurrences.set(c.key, [c]);
  }
  for (const [r, keys] of groups) {
    const index = companies.length;
    const texts = new Map<string, number>();
    let mentions = 0;
    for (const k of keys) {
      for (const c of occurrences.get(k) ?? []) {
        mentions++;
        texts.set(c.text, (texts.get(c.text) ?? 0) + 1);
      }
    }
    const aliases = [...texts.keys()];
    const name = [...aliases].sort((a, b) => b.split(' ').length - a.split(' ').length || (texts.get(b)! - texts.get(a)!))[0] ?? r;
    const score = Math.max(...keys.map((k) => verdicts.get(k)?.score ?? 0));
    const canonical = known ? keys.map((k) => known.get(knownKey(verdicts.get(k)?.text ?? k))?.name).find((n) => n !== undefined) : undefined;
    companies.push({ name, aliases, mentions, confidence: +(1 / (1 + Math.exp(-(score - 1) / 2))).toFixed(2), ...(canonical ? { known: canonical } : {}) });
    for (const k of keys) byKey.set(k, index);
  }
  return { companies, byKey };
}
