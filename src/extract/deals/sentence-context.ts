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

const LIST_GAP = /^\s*(?:(?:,\s*(?:and\s+)?|and\s+|&\s+|\/|[—–-]\s*)(?:(?:the|its|rival|partner|[a-z][\w-]*)\s+){0,2}(?:(?:[a-z][\w-]*(?:maker|company|firm|startup|app|platform|giant|operator|provider|service|group|bank|fund|investor)s?)\s+)?)?$/;
const ASIDE = /\s[—–]\s[^—–]{1,90}\s[—–]\s|\s\([^()]{1,60}\)/g;
const gapOf = (s: SentenceContext, from: number, to: number): string => s.full.slice(from, to).replace(ASIDE, ' , ');

/** The companies listed from `pos` on: "in Acme, Norda, Velo Labs and Quill". */
export function listAfter(s: SentenceContext, pos: number): number[] {
  const first = mentionAfter(s, pos);
  if (!first || first.start - pos > 40) return [];
  const out = [first.company];
  let prev = first;
  for (const m of s.mentions) {
    if (m.start <= prev.start) continue;
    if (!LIST_GAP.test(gapOf(s, prev.end, m.start).replace(/^\s*[—–-]\s*/, ''))) break;
    out.push(m.company);
    prev = m;
  }
  return [...new Set(out)];
}

/** The companies listed just before `pos`: "Acme, Norda and Quill — that went public". */
export function listBefore(s: SentenceContext, pos: number): number[] {
  const before = s.mentions.filter((m) => m.end <= pos);
  const last = before.pop();
  if (!last) return [];
  const out = [last.company];
  let next = last;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (!LIST_GAP.test(gapOf(s, m.end, next.start))) break;
    out.unshift(m.company);
    next = m;
  }
  return [...new Set(out)];
}
