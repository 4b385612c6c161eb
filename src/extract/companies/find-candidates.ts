import type { ReadText, Token } from '../read-tokens.js';
import { LEADING_FUNCTION_WORDS, NON_NAME_WORDS } from '../lexicon/non-name-words.js';
import { ORG_WORDS } from '../lexicon/org-words.js';
import { PLACE_PARTS, REGION_WORDS } from '../lexicon/place-words.js';
import { vocabulary } from '../vocabulary.js';

/** A capitalised span that may name an organisation. */
export interface Candidate {
  /** Token range [first, last). */
  first: number;
  last: number;
  text: string;
  /** Normalised form used to group one name's occurrences. */
  key: string;
  sentence: number;
  inTitle: boolean;
  /** A glued "-backed", "-based" ... that followed the name. */
  affix: string | null;
}

const OF_HEADS = new Set(['bank', 'university', 'department', 'ministry', 'institute', 'board', 'school', 'bureau',
  'council', 'federation', 'association', 'society', 'academy', 'chamber', 'house', 'museum', 'office', 'commission']);
/** Organisation words sometimes written in lower case after a name ("Acme motors", "Norda bank"). */
const LOWER_ORG_TAILS = new Set(['motors', 'bank', 'group', 'holdings', 'capital', 'ventures', 'partners', 'securities',
  'airlines', 'pharmaceuticals', 'technologies', 'networks', 'labs', 'robotics', 'systems', 'telecom', 'insurance']);
const AFFIX = /^(.+?)-(backed|owned|led|funded|controlled|supported|based|headquartered|born|made|listed|run|operated|focused|founded|centric|specific|bound)$/i;
/** Titles inside a capitalised run end the name before them ("Swvl CEO Jane Roe"). */
const SPLIT_TITLES = new Set(['ceo', 'cfo', 'cto', 'coo', 'chairman', 'chairwoman', 'president', 'founder', 'co-founder',
  'executive', 'officer', 'vice', 'manager', 'editor', 'reporter', 'secretary', 'minister', 'governor', 'co-ceo', 'chef',
  'cofounder', 'chief', 'vp', 'director', 'analyst', 'spokesperson', 'spokesman', 'spokeswoman', 'md', 'head']);

export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}&+\s]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^the\s+/, '');
}

const isPlaceWord = (w: string): boolean => w.split('-').some((p) => vocabulary.tags(p).some((t) => /^(Country|City|Region|Place|Demonym)$/.test(t))
  || PLACE_PARTS.has(p) || REGION_WORDS.has(p) || /^(?:anglo|sino|franco|indo|euro|afro|pan)$/.test(p));
const isNameWord = (t: Token): boolean => (/^[A-Z]/.test(t.text) && !/-[a-z]+$/.test(t.text)) || AFFIX.test(t.text) || /^[a-z]+[A-Z]/.test(t.text) || /^\d+[a-z]*\.com$/i.test(t.text);
/** A title-case line with no closing punctuation: a heading, whose capitals prove nothing. */
const isHeading = (tokens: Token[]): boolean => {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !LEADING_FUNCTION_WORDS.has(t.lower));
  const last = tokens[tokens.length - 1]?.text ?? '';
  return words.length >= 4 && !/[.!?:;,”"]$/.test(last) && words.filter((t) => /^[A-Z]/.test(t.text)).length / words.length >= 0.8;
};
const isAllCapsSentence = (tokens: Token[]): boolean => {
  const words = tokens.filter((t) => /[A-Za-z]{2}/.test(t.text));
  return words.length >= 2 && words.every((t) => t.text === t.text.toUpperCase());
};

/** Capitalised spans, sentence by sentence: joined over "&", "of" after a head noun, and numbers after an org word. */
export function findCandidates(read: ReadText): Candidate[] {
  const { tokens, sentences, text } = read;
  const out: Candidate[] = [];
  for (const s of sentences) {
    const inTitle = s.paragraph === 0;
    const heading = !inTitle && isHeading(tokens.slice(s.first, s.last));
    if (!inTitle && isAllCapsSentence(tokens.slice(s.first, s.last))) continue;
    let firstWord = s.first;
    while (firstWord < s.last && !/\w/.test(tokens[firstWord]!.text)) firstWord++;
    let i = s.first;
    while (i < s.last) {
      if (!isNameWord(tokens[i]!) || SPLIT_TITLES.has(tokens[i]!.lower)) { i++; continue; }
      let j = i + 1;
      while (j < s.last && !AFFIX.test(tokens[j - 1]!.text)) {
        const t = tokens[j]!;
        // "Securities and Exchange Commission", "Food and Drug Administration": one body's name, not two
        if (t.lower === 'and' && j + 1 < s.last && isNameWord(tokens[j + 1]!) && bodyNameEnd(tokens, j + 1, s.last) > 0) { j = bodyNameEnd(tokens, j + 1, s.last); break; }
        if (SPLIT_TITLES.has(t.lower) || LEADING_FUNCTION_WORDS.has(t.lower)) break;
        const nextIsName = j + 1 < s.last && isNameWord(tokens[j + 1]!);
        if (isNameWord(t)) { j++; continue; }
        if ((t.text === '&' || t.text === '+') && nextIsName) { j += 2; continue; }
        if (t.lower === 'of' && nextIsName && OF_HEADS.has(tokens[j - 1]!.lower)) { j += 2; continue; }
        if (/^(\d+|[IVX]+)$/.test(t.text) && ORG_WORDS.has(tokens[j - 1]!.lower)) { j++; continue; }
        if (LOWER_ORG_TAILS.has(t.text) && !tokens.slice(i, j).every((x) => isPlaceWord(x.lower) || LEADING_FUNCTION_WORDS.has(x.lower))) { j++; break; }
        break;
      }
      let a = i;
      while (a < j && (LEADING_FUNCTION_WORDS.has(tokens[a]!.lower) || /^[&+]$/.test(tokens[a]!.text)
        || (j - a > 1 && NON_NAME_WORDS.has(tokens[a]!.lower) && tokens[a]!.text === tokens[a]!.text.toUpperCase()))) a++;
      const keepFirst = j - a > 1 && (tokens[a]!.pos === 'NOUN' || tokens[a]!.pos === 'PROPN');
      if (a === firstWord && j - a > 1 && tokens[a]!.pos !== 'PROPN' && !keepFirst && vocabulary.known(tokens[a]!.lower)) a++;
      while (a < j && LEADING_FUNCTION_WORDS.has(tokens[a]!.lower)) a++;
      // "State Owned Harbour Freight Group": an ownership adjective is no part of the name
      if (j - a > 2 && OWNERS.has(tokens[a]!.lower) && /^(?:owned|run|backed|controlled)$/.test(tokens[a + 1]!.lower)) a += 2;
      if (heading) {
        for (const [x, y] of strongRuns(tokens, a, j)) out.push(makeCandidate(text, tokens, x, y, s.index, false));
      } else if (a < j) out.push(makeCandidate(text, tokens, a, j, s.index, inTitle));
      i = j;
    }
  }
  return out.filter((c) => c.key.length > 1 && /\p{L}/u.test(c.key));
}

const OWNERS = new Set(['state', 'government', 'family', 'privately', 'publicly', 'foreign', 'employee', 'founder', 'pe', 'vc']);
const BODY_HEADS = new Set(['commission', 'authority', 'agency', 'administration', 'board', 'bureau', 'council', 'committee',
  'department', 'ministry', 'office', 'service', 'foundation', 'institute', 'association', 'federation']);

/** The end of a capitalised run from `k` when its last word heads a public body's name, else 0. */
function bodyNameEnd(tokens: Token[], k: number, stop: number): number {
  let e = k;
  while (e < stop && isNameWord(tokens[e]!) && e - k < 4) e++;
  return e > k && BODY_HEADS.has(tokens[e - 1]!.lower) ? e : 0;
}

function makeCandidate(text: string, tokens: Token[], first: number, last: number, sentence: number, inTitle: boolean): Candidate {
  let name = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
  let affix: string | null = null;
  const m = AFFIX.exec(name);
  if (m) { name = m[1]!; affix = m[2]!.toLowerCase(); }
  return { first, last, text: name, key: nameKey(name), sentence, inTitle, affix };
}

/** In a title-case heading, only words that could not be ordinary capitalised words make names ("Platform Acme Health Raises" gives "Acme Health"). */
function strongRuns(tokens: Token[], a: number, j: number): [number, number][] {
  const strong = (t: Token): boolean => !vocabulary.known(t.lower) || /[a-z][A-Z]|\d/.test(t.text) || /^[A-Z]{2,5}$/.test(t.text);
  const runs: [number, number][] = [];
  let k = a;
  while (k < j) {
    if (!strong(tokens[k]!)) { k++; continue; }
    let e = k + 1;
    while (e < j && (strong(tokens[e]!) || ORG_WORDS.has(tokens[e]!.lower) || tokens[e]!.text === '&')) e++;
    runs.push([k, e]);
    k = e;
  }
  return runs;
}
