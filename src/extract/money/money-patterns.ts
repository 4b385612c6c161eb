import { buildAlternation } from './build-alternation.js';
import { caseVariants } from './case-variants.js';
import type { CurrencyForm } from './currency-form.js';
import { currencyLexicon } from './currency-lexicon.js';
import { equivalenceWords } from './equivalence-words.js';
import { numberWords } from './number-words.js';
import { scaleLexicon } from './scale-lexicon.js';

/** Collapses white space so a matched form can be looked up. */
const norm = (s: string): string => s.replace(/\s+/g, ' ');

const prefixForms = new Map<string, CurrencyForm>();
const suffixForms = new Map<string, CurrencyForm>();
for (const entry of currencyLexicon) {
  for (const spelling of entry.isWord ? caseVariants(entry.form) : [entry.form]) {
    if (entry.at !== 'suffix' && !prefixForms.has(spelling)) prefixForms.set(spelling, entry);
    if (entry.at !== 'prefix' && !suffixForms.has(spelling)) suffixForms.set(spelling, entry);
  }
}
const scales = new Map<string, number>();
for (const { form, multiplier, attached } of scaleLexicon) {
  for (const spelling of attached ? [form] : caseVariants(form)) scales.set(spelling, multiplier);
}
const numbers = new Map<string, number>();
for (const [word, value] of Object.entries(numberWords)) for (const spelling of caseVariants(word)) numbers.set(spelling, value);

const spacedPrefix = buildAlternation([...prefixForms].filter(([, f]) => !f.attached).map(([s]) => s));
const attachedPrefix = buildAlternation([...prefixForms].filter(([, f]) => f.attached).map(([s]) => s));
const suffix = buildAlternation(suffixForms.keys());
const scaleWord = buildAlternation(scaleLexicon.filter((s) => !s.attached).flatMap((s) => caseVariants(s.form)));
const scaleLetter = buildAlternation(scaleLexicon.filter((s) => s.attached).map((s) => s.form));
const numberWord = buildAlternation(numbers.keys());
/** A character class of the first characters of `forms`: a cheap guard that lets the engine skip ahead. */
const firstChars = (forms: Iterable<string>): string =>
  `[${[...new Set([...forms].map((f) => f[0] ?? ''))].join('').replace(/[\\\]^-]/g, '\\$&')}]`;
const prefixStart = firstChars(prefixForms.keys());
const wordStart = firstChars(numbers.keys());

/** Whole units with thousands separators ("1,200,000", Indian "1,00,000") or a decimal point; a decimal comma only before a scale ("€1,5 million"). */
const num = `\\d{1,3},\\d{1,2}(?![\\d,])(?=\\s?(?:${scaleWord}))|\\d+(?:,\\d{2,3})*(?:\\.\\d+)?(?!\\d)`;
const scale = `(?:[\\s-]?(?:${scaleWord})(?:\\s+(?:${scaleWord}))?|(?:${scaleLetter}))(?![\\p{L}\\p{N}])`;
const rangeTail = `(?<sep>\\s?[-–]\\s?|\\s+(?:to|and)\\s+)(?<num2>${num})(?<scale2>${scale})?`;
const end = '(?![\\p{L}\\p{N}])';

const hedges = equivalenceWords.hedges.join('|');
const connectors = equivalenceWords.connectors.join('|');

/**
 * The regular expressions and look-up tables the money finder runs, built once at module load.
 * `prefix` finds "$5-10 million", "US$ 8 million", "Rs 200 crore"; `suffix` finds "620 million euros",
 * "2.5 trillion won"; `wordSuffix` "a billion dollars". All use the `d` flag, so group offsets are at hand.
 */
export const moneyPatterns = {
  prefix: new RegExp(
    `(?=${prefixStart})(?<![\\p{L}\\p{N}_\\p{Sc}.])(?:(?<cur>${spacedPrefix})\\s?|(?<cura>${attachedPrefix}))(?<num>${num})(?<scale>${scale})?` +
      `(?:${rangeTail})?(?:\\s+(?<tail>${suffix}))?${end}`,
    'gdu',
  ),
  suffix: new RegExp(
    `(?=\\d)(?<![\\p{L}\\p{N}_\\p{Sc}]|\\p{N}[.,])(?<num>${num})(?<scale>${scale})?` +
      `(?:${rangeTail})?(?<gap>\\s+|\\s?-\\s?)?(?<cur>${suffix})${end}`,
    'gdu',
  ),
  /** "a billion dollars", "two million euros": a number word, a scale word (required), a currency word; sticky. */
  wordSuffix: new RegExp(
    `(?=${wordStart})(?<![\\p{L}\\p{N}_\\p{Sc}])(?<num>(?:${numberWord})(?=\\s))(?<scale>${scale})` +
      `(?:${rangeTail})?(?<gap>\\s+|\\s?-\\s?)?(?<cur>${suffix})${end}`,
    'dyu',
  ),
  /**
   * Where a number-word amount may be: the tail of a scale word. Scanning for these literals and trying
   * `wordSuffix` (sticky) just before them is far cheaper than trying it at every letter of the text.
   */
  wordAnchor: /illion|ILLION|housand|HOUSAND|lakhs?|LAKHS?|Lakhs?|crores?|CRORES?|Crores?/g,
  /** A number word and its space at the end of the text before an anchor, the scale word's head allowed ("a b" of "a billion"). */
  wordBefore: new RegExp(`(?:${numberWord})\\s+\\p{L}{0,2}$`, 'u'),
  prefixForms,
  suffixForms,
  scales,
  numbers,
  norm,
  /** Before an amount: a hedge that makes it approximate. */
  hedgeBefore: new RegExp(`(?:^|[^\\p{L}])(?:${hedges})\\s*$`, 'iu'),
  /** Between an amount and a stated equivalent in parentheses: "(", "(about ", "(or ". */
  parenOpen: new RegExp(`^\\s*[(\\[]\\s*(?:(?:${hedges}|${connectors})\\s*)*$`, 'i'),
  /** After the last equivalent in parentheses: a short remainder and the closing parenthesis. */
  parenClose: /^[^()[\]\n]{0,60}?[)\]]/,
  /** Between an amount and an equivalent outside parentheses: "— that's ", ", or about ", " or ". */
  inline: new RegExp(`^\\s*(?:,|—|–|--|-(?=\\s)|:)?\\s*(?:(?:${connectors})\\s*,?\\s*)*(?:(?:${hedges})\\s*)*$`, 'i'),
  /** A gap made only of white space and commas, which does not join an equivalent by itself. */
  bareGap: /^[\s,]*$/,
  /** Between two equivalents: "; ", " or ", ", ". */
  chain: new RegExp(`^\\s*(?:[;,/]|or|and)?\\s*(?:(?:${hedges})\\s*)*$`, 'i'),
  /** Between the two bounds of a range. */
  rangeGap: /^\s*(?:[-–]|to|and)\s*$/,
  betweenBefore: /\bbetween\s+$/i,
  fromBefore: /\bfrom\s+$/i,
  /** "($1 = 10.42 Swedish crowns)": an exchange-rate note, not an amount. */
  rateAfter: /^\s*=/,
  rateBefore: /=\s*$/,
  /** A four-digit year before a currency word: "in 2019 dollars". */
  yearLike: /^(?:1[89]|20)\d\d$/,
};
