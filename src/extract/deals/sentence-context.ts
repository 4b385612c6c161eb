import type { ReadText } from '../read-tokens.js';
import type { MoneyMention } from '../types.js';
import type { Mention } from './company-mentions.js';

/** One sentence with what deal rules read from it; offsets stay absolute (into the article text). */
export interface SentenceContext {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with every company name blanked to "#" (so "Partnerships Studio" triggers nothing). */
  lower: string;
  /** The whole article text (offsets index into it). */
  full: string;
  paragraph: number;
  mentions: Mention[];
  money: MoneyMention[];
}

export function sentenceContexts(read: ReadText, mentions: Mention[], money: MoneyMention[]): SentenceContext[] {
  return read.sentences.map((s) => {
    const text = read.text.slice(s.start, s.end);
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    return {
      index: s.index, start: s.start, end: s.end, text, lower: masked(text, s.start, inside), full: read.text, paragraph: s.paragraph,
      mentions: inside,
      money: money.filter((m) => m.start >= s.start && m.end <= s.end),
    };
  });
}

/** The nearest mention ending before `pos` (absolute offset). */
export function mentionBefore(s: SentenceContext, pos: number, except?: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of s.mentions) if (m.end <= pos && m.company !== except) best = m;
  return best;
}

/** The first mention starting at or after `pos`. */
export function mentionAfter(s: SentenceContext, pos: number): Mention | undefined {
  return s.mentions.find((m) => m.start >= pos);
}

function masked(text: string, offset: number, mentions: Mention[]): string {
  let out = text.toLowerCase();
  for (const m of mentions) {
    const a = m.start - offset, b = m.end - offset;
    out = out.slice(0, a) + '#'.repeat(b - a) + out.slice(b);
  }
  return out;
}
