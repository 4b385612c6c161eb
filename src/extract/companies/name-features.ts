import { EVENT_WORDS, NON_NAME_WORDS } from '../lexicon/non-name-words.js';
import { ALIAS_TAIL_WORDS, LEGAL_SUFFIXES, ORG_WORDS } from '../lexicon/org-words.js';
import { PLACE_PARTS, REGION_WORDS } from '../lexicon/place-words.js';
import { REGION_NAMES } from '../lexicon/region-names.js';
import { TIME_WORDS } from '../lexicon/time-words.js';
import { PERSON_TITLES } from '../lexicon/person-words.js';
import { vocabulary } from '../vocabulary.js';

export interface NameFeatures {
  /** Evidence from the span itself that it names an organisation. */
  org: number;
  person: number;
  place: number;
  /** A calendar word, a job title or a generic abbreviation: never a company. */
  never: boolean;
  /** Every word is an ordinary dictionary word (needs context to count as a name). */
  common: boolean;
}

const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'hrh', 'sen', 'gov', 'rep']);
const PLACE_STARTERS = new Set(['san', 'santa', 'los', 'las', 'fort', 'port', 'saint', 'st', 'lake', 'mount', 'east', 'west', 'north', 'south']);
const BOILERPLATE = new Set(['photo', 'photos', 'principles', 'standards', 'getty', 'images', 'reporting', 'editing', 'file']);
const PLACE_TAGS = /^(Country|City|Region|Place|Demonym|Address)$/;
const NAME_TAGS = /^(FirstName|MaleName|FemaleName)$/;

/** What the words of a name say about it, before any context. */
export function nameFeatures(text: string, key: string): NameFeatures {
  const words = key.split(' ');
  const f: NameFeatures = { org: 0, person: 0, place: 0, never: false, common: false };
  const last = words[words.length - 1]!;
  const tags = vocabulary.tags(key);
  if (words.length > 1 && ORG_WORDS.has(last)) f.org += 4;
  else if (words.some((w) => ORG_WORDS.has(w)) && words.length > 1) f.org += 1;
  if (tags.includes('Organization') || tags.includes('SportsTeam')) f.org += 3;
  const hasOrgWord = f.org > 0;
  const unknown = words.filter((w) => !vocabulary.known(w) && !vocabulary.tags(w).some((t) => NAME_TAGS.test(t) || PLACE_TAGS.test(t)));
  if (unknown.length > 0) f.org += 2;
  if (/[a-z][A-Z]|\d|[&+.]\p{L}/u.test(text) || /^[A-Z]{2,5}$/.test(text)) f.org += 2;
  f.common = f.org < 3 && words.every((w) => vocabulary.known(w) && !vocabulary.tags(w).some((t) => NAME_TAGS.test(t))) && !/[a-z][A-Z]|\d|[&+]/.test(text) && !/^[A-Z]{2,5}$/.test(text);

  if (tags.some((t) => PLACE_TAGS.test(t)) || (REGION_NAMES.has(key) && !hasOrgWord)) f.place += 5;
  else if (words.every((w) => PLACE_PARTS.has(w) || REGION_WORDS.has(w) || vocabulary.tags(w).some((t) => PLACE_TAGS.test(t)))
    && words.some((w) => REGION_WORDS.has(w) || vocabulary.tags(w).some((t) => PLACE_TAGS.test(t)))) f.place += 5;
  else if (words.every((w) => w.split('-').every((p) => vocabulary.tags(p).some((t) => PLACE_TAGS.test(t))))) f.place += 5;

  const parts = text.toLowerCase().split(/[-–]/);
  if (!hasOrgWord && parts.length > 1 && parts.some((p) => vocabulary.tags(p).some((t) => /^(Demonym|Country|City)$/.test(t)) || /^(anglo|sino|franco|indo|euro|afro|pan)$/.test(p))) f.place += 5;
  const firstTags = vocabulary.tags(words[0]!);
  if (!hasOrgWord && /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}\.? \p{Lu}[\p{Ll}'’-]+$/u.test(text)) f.person += 5;
  if (HONORIFICS.has(words[0]!)) f.person += 6;
  if (words.length === 2 && PLACE_STARTERS.has(words[0]!)) f.place += 5;
  if (!hasOrgWord && firstTags.some((t) => NAME_TAGS.test(t))) f.person += words.length > 1 && words.length <= 3 ? 5 : 2;
  if (!hasOrgWord && words.length > 1 && words.length <= 3 && vocabulary.tags(last).includes('LastName')) f.person += 2;

  if (words.length <= 2 && words.some((w) => TIME_WORDS.has(w)) && !hasOrgWord) f.never = true;
  const raw = text.toLowerCase().split(/\s+/);
  if (raw.some((w) => REGION_WORDS.has(w)) && raw.every((w) => REGION_WORDS.has(w) || PLACE_PARTS.has(w))) f.place += 5;
  if (/^[A-Z]{2,}s$/.test(text) || /^[A-Z][A-Za-z0-9]{0,7}\.[A-Z]{1,3}$/.test(text)) f.never = true;
  if (raw.some((w) => BOILERPLATE.has(w))) f.never = true;
  if (raw.every((w) => NON_NAME_WORDS.has(w) || PERSON_TITLES.has(w))) f.never = true;
  if (words.length > 1 && EVENT_WORDS.has(last) && !hasOrgWord) f.never = true;
  if (words.length === 1 && EVENT_WORDS.has(last)) f.never = true;
  if (/^(pre )?series [a-z]\d?$/.test(key)) f.never = true;
  if (words.length > 1 && words.some((w) => /^(vice|chief|executive|officer|president|director|head|manager)$/.test(w)) && !hasOrgWord) f.never = true;
  if (words.every((w) => ALIAS_TAIL_WORDS.has(w))) f.never = true;
  if (/^(q[1-4]|h[12]|fy\d*|\d+|[a-z]\d)$/.test(key) || (words.length === 1 && LEGAL_SUFFIXES.has(key))) f.never = true;
  return f;
}
