import { mentionAfter, type SentenceContext } from './sentence-context.js';

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
