/** One way a currency is written in text, as the money lexicon lists it. */
export interface CurrencyForm {
  /** The text as written: a symbol ("€"), a code ("USD") or words ("Swiss francs"). */
  form: string;
  /** ISO 4217 code it stands for (the default, when `cues` may override it). */
  code: string;
  /** Where it stands relative to the number. */
  at: 'prefix' | 'suffix' | 'both';
  /** Words are matched in lower, Title and UPPER case; symbols and codes exactly as listed. */
  isWord?: boolean;
  /** Prefix written directly against the number ("R5 billion"), never with a space. */
  attached?: boolean;
  /** Also an ordinary word or abbreviation ("won", "pounds", "PHP"): only money when a scale word follows the number. */
  weak?: boolean;
  /** Multiplier to whole units of `code` (cents → 0.01). */
  unit?: number;
  /** Name of the context-cue group (see currency-cues.ts) that may pick another code. */
  cues?: string;
}
