import { ALIAS_TAIL_WORDS } from '../lexicon/org-words.js';
import { vocabulary } from '../vocabulary.js';
import type { NameVerdict } from './classify-names.js';

const isPlace = (w: string): boolean => vocabulary.tags(w).some((t) => /^(Country|City|Region|Place)$/.test(t));
const SKIP_INITIAL = new Set(['of', 'and', 'the', '&', 'for']);
const initials = (key: string): string => key.split(' ').filter((w) => !SKIP_INITIAL.has(w)).map((w) => w[0]).join('');
const capitalised = (w: string, text: string): boolean => text.split(/\s+/).includes(w[0]!.toUpperCase() + w.slice(1));

/**
 * How a name relates to a longer one in the same article: "owned" (the longer is an owner's unit, "Acme Pay" for
 * accepted "Acme" + "Pay"), "tail" (the longer adds an organisation word or another proper word: "Acme Group",
 * "Acme Chuxing"), "acronym" ("AMG" for "Acme Motor Group"), or null.
 */
export function aliasRelation(key: string, v: NameVerdict, longer: string, verdicts: Map<string, NameVerdict>): 'owned' | 'tail' | 'acronym' | null {
  const words = key.split(' ');
  const lw = longer.split(' ');
  if (lw.length <= words.length) {
    return words.length === 1 && key.length >= 2 && lw.length >= 2 && /^[A-Z&]+$/.test(v.text.replace(/[.&]/g, ''))
      && initials(longer) === key ? 'acronym' : null;
  }
  const owner = lw.slice(0, lw.length - words.length).join(' ');
  if (words.every((w, i) => lw[lw.length - words.length + i] === w) && verdicts.get(owner)?.isCompany === true && v.isCompany) return 'owned';
  const tail = lw.slice(words.length);
  const orgEnding = ALIAS_TAIL_WORDS.has(tail[tail.length - 1] ?? '');
  const longText = verdicts.get(longer)?.text ?? '';
  const isTail = words.every((w, i) => lw[i] === w) && !verdicts.get(tail.join(' '))?.isCompany
    && tail.every((w) => ALIAS_TAIL_WORDS.has(w) || (orgEnding && isPlace(w))
      || (!vocabulary.known(w) && vocabulary.tags(w).length === 0 && /^[a-z]{3,}$/.test(w) && capitalised(w, longText)));
  if (isTail) return 'tail';
  return words.length === 1 && key.length >= 2 && /^[A-Z&]+$/.test(v.text.replace(/[.&]/g, '')) && initials(longer) === key ? 'acronym' : null;
}
