import nlp from 'compromise';
import { nlpInstance } from './nlp-instance.js';

// wink adds every unseen word to its cache as documents are read; the index of a word first met now
// marks where the model's own vocabulary ends, so membership stays the same whatever was read before.
const SENTINEL = 'qzxvjkwq';
nlpInstance.readDoc(SENTINEL);
const probe = nlpInstance.readDoc('');
const firstUnseen = (probe.isLexeme(SENTINEL) as unknown as number[] | null)?.[0] ?? Number.MAX_SAFE_INTEGER;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } })
  .model().one.lexicon;

const knownCache = new Map<string, boolean>();
const NONE: string[] = [];

/** Word lookups in the language models' own data: wink's vocabulary and compromise's lexicon. */
export const vocabulary = {
  /** True when wink's model knows the (lower-case) word. */
  known(word: string): boolean {
    const w = word.toLowerCase();
    let hit = knownCache.get(w);
    if (hit === undefined) {
      const idx = probe.isLexeme(w) as unknown as number[] | null;
      hit = Boolean(idx) && (idx!.length > 1 || (idx![0] ?? Number.MAX_SAFE_INTEGER) < firstUnseen);
      knownCache.set(w, hit);
    }
    return hit;
  },
  /** compromise's tags for a (lower-case) word or phrase, e.g. ['Country'] or ['MaleName']. */
  tags(phrase: string): string[] {
    const v = lexicon[phrase.toLowerCase()];
    if (!v) return NONE;
    return Array.isArray(v) ? v : v.split(',');
  },
};
