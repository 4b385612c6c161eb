import type { SentenceContext } from './sentence-context.js';

const LEAD = /\b(?:led by|co-led by|headed by|spearheaded by|led the (?:round|investment|financing)|lead investors?(?: (?:include|included|were|are))?|anchored by)\b/g;
const OTHERS = /\b(?:participation (?:from|of|by)|participated|joined by|from|including|included|includes|include|investors?|backers?|backed by|funded by|financed by|along with|alongside|as well as|funds? from|support from|co-investors?|investment firms?|venture firms?)\b/g;

export interface Investors {
  leads: number[];
  all: number[];
}

/** Companies a funding sentence names as investors: those after "led by" first, then after "from", "with participation from" ... */
export function investorMentions(s: SentenceContext, exclude: number | null, after: number): Investors {
  const leads: number[] = [];
  const all: number[] = [];
  const add = (list: number[], c: number): void => { if (c !== exclude && !list.includes(c)) list.push(c); };
  const leadStarts = [...s.lower.matchAll(LEAD)].map((m) => s.start + m.index + m[0].length);
  const otherStarts = [...s.lower.matchAll(OTHERS)].map((m) => s.start + m.index + m[0].length).filter((p) => p >= after);
  const markers = [...leadStarts, ...otherStarts].filter((p) => p >= after);
  const stop = windowEnd(s, Math.max(after, Math.min(...markers, s.end)));
  for (const m of s.mentions) {
    if (m.start < after || m.start >= stop) continue;
    const lead = leadStarts.some((p) => p <= m.start && !otherStarts.some((o) => o > p && o <= m.start && o - p > 40));
    const other = otherStarts.some((p) => p <= m.start);
    if (lead) { add(leads, m.company); add(all, m.company); } else if (other) add(all, m.company);
  }
  // "X led the round": the lead stands before the phrase
  for (const m of s.lower.matchAll(/\b(?:led|co-led|leads) the\b/g)) {
    const pos = s.start + m.index;
    const before = s.mentions.filter((x) => x.end <= pos && x.company !== exclude).pop();
    if (before) { if (!leads.includes(before.company)) leads.unshift(before.company); if (!all.includes(before.company)) all.unshift(before.company); }
  }
  // "X, Y and Z also participated / joined the round": the investors stand before the verb
  const joined = /\b(?:also )?(?:participated|joined|co-invested|chipped in)\b/.exec(s.lower);
  if (joined) {
    const pos = s.start + joined.index;
    for (const m of s.mentions) if (m.start >= after && m.end <= pos) add(all, m.company);
  }
  return { leads, all: [...leads, ...all.filter((c) => !leads.includes(c))] };
}

const LIST_GLUE = /^\s*(?:and |with |as well as |along with |alongside |including |plus |or |with participation (?:from|of) |among others)?\s*(?:existing |new |other )?(?:investors? |backers? )?#/;

/** Investors are listed up to the first comma that starts a new clause rather than continuing the list. */
function windowEnd(s: SentenceContext, after: number): number {
  const rel = Math.max(0, after - s.start);
  for (const m of s.lower.slice(rel).matchAll(/[,;]/g)) {
    const at = rel + m.index;
    if (m[0] === ';' || !LIST_GLUE.test(s.lower.slice(at + 1, at + 60))) return s.start + at;
  }
  return s.end;
}
