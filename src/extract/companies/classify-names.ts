import type { ReadText } from '../read-tokens.js';
import { nameKey, type Candidate } from './find-candidates.js';
import { contextCues } from './context-cues.js';
import { nameFeatures } from './name-features.js';
import { vocabulary } from '../vocabulary.js';
import { propagateLists } from './propagate-lists.js';
import { knownKey } from './known-key.js';
import type { KnownCompanies } from '../types.js';

export interface NameVerdict {
  key: string;
  /** The name as written at its first occurrence. */
  text: string;
  score: number;
  isCompany: boolean;
  isPerson: boolean;
  /** Never a company whatever the context (place, calendar word, title, abbreviation). */
  blocked: boolean;
}

const CAP = 6;

/** The candidate is the first word of its sentence, where any word is capitalised. */
function isOpening(read: ReadText, c: Candidate): boolean {
  const s = read.sentences[c.sentence]!;
  for (let k = s.first; k < c.first; k++) if (/\w/.test(read.tokens[k]!.text)) return false;
  return true;
}

/** Decides, once per document, which candidate names are organisations (one sense per name). */
export function classifyNames(read: ReadText, candidates: Candidate[], known?: KnownCompanies): Map<string, NameVerdict> {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.inTitle) continue;
    const list = byKey.get(c.key);
    if (list) list.push(c); else byKey.set(c.key, [c]);
  }
  const titled = candidates.filter((c) => c.inTitle && byKey.has(c.key));
  const verdicts = new Map<string, NameVerdict>();
  const persons = new Set<string>();
  const pending: { key: string; text: string; org: number; person: number; place: number; never: boolean; common: boolean }[] = [];
  for (const [key, occ] of byKey) {
    const first = occ[0]!;
    const f = nameFeatures(first.text, key);
    let org = 0, person = 0, place = 0;
    for (const c of [...occ, ...titled.filter((t) => t.key === key)]) {
      const cues = contextCues(c, read.tokens, read.sentences[c.sentence]!);
      org += cues.org; person += cues.person; place += cues.place;
    }
    const onlyOpening = first.last - first.first === 1 && occ.every((c) => isOpening(read, c))
      && !/[a-z][A-Z]|\d|[&+.]\p{L}/u.test(first.text);
    if (onlyOpening && looksCommon(key)) f.org = vocabulary.tags(key).includes('Organization') ? 3 : 0;
    if (onlyOpening && !/^(NOUN|PROPN|X|NUM)$/.test(read.tokens[first.first]!.pos)) f.never = true;
    const midSentence = occ.filter((c) => !isOpening(read, c)).length;
    if (f.common && key.includes(' ') && midSentence >= 2) { f.common = false; f.org += 2; }
    // a company of earlier articles: evidence in itself, and no longer a mere capitalised opening word
    const corpus = known?.get(knownKey(first.text))?.weight ?? 0;
    const item = { key, text: first.text, org: f.org + Math.min(org, CAP) + corpus, person: f.person + Math.min(person, CAP),
      place: f.place + Math.min(place, CAP), never: f.never && corpus === 0, common: f.common };
    pending.push(item);
    if (key.includes(' ') && item.person >= 4 && item.person > item.org) persons.add(key);
  }
  const surnames = new Set([...persons].flatMap((k) => [...k.split(' '), nameKey(verdictText(pending, k).split(/\s+/).pop() ?? '')]));
  for (const p of pending) {
    const person = p.person + (surnames.has(p.key) ? 5 : 0);
    const score = p.org - person - p.place - (p.common ? 2 : 0);
    const isCompany = !p.never && score >= 1 && p.org >= 2;
    const isPerson = person >= 4 && !isCompany;
    verdicts.set(p.key, { key: p.key, text: p.text, score, isCompany, isPerson, blocked: p.never || isPerson || p.place >= 5 });
  }
  propagateLists(read, candidates, verdicts);
  return verdicts;
}

function verdictText(pending: { key: string; text: string }[], key: string): string {
  return pending.find((p) => p.key === key)?.text ?? '';
}

/** A word that is, or is formed like, an ordinary dictionary word ("Headquartered", "Stents"). */
function looksCommon(word: string): boolean {
  return vocabulary.known(word) || vocabulary.known(word.replace(/e?s$/, ''))
    || /(?:ed|ing|ly|ship|tion|sion|ness|ment|ity|ism|ist|ance|ence|ally|ful|less|ous|ive|able|ible)$/.test(word);
}
