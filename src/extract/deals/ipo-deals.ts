import { dealStatus } from './deal-status.js';
import { at, type DealDraft } from './deal-draft.js';
import { pickAmount } from './pick-amount.js';
import { mentionAfter, mentionBefore, type SentenceContext } from './sentence-context.js';
import { listAfter, listBefore } from './mention-lists.js';

const IPO = /\b(?:ipo|initial public offering|public offering|go(?:es|ing)? public|went public|gone public|public listing|(?:second(?:ary)?|dual|stock market|market) listing|listing (?:in|on)|(?:to|will|plans to|was|were|got|get|be) list(?:ed)? (?:its shares |shares )?(?:on|in) (?:the )?(?:[A-Z]?\w+ )?(?:stock exchange|exchange|nasdaq|nyse|hkex|bourse|market)|(?:trading|market|stock market) debut|debut(?:s|ed)? on|spac (?:deal|merger))\b/g;
const NOT = /\b(?:shelved|scrapped|postponed|pulled|abandoned|cancel+ed|failed|delayed|sought|seeking|tried|attempted)\b/;
const BOUND = /\b(?:bourse|ipo|listing)-bound\s/g;
const WENT_PUBLIC = /\b(?:that|which|who)\s+(?:went|have gone|had gone|go|got listed|listed)\s+public\b|\b(?:that|which|who)\s+(?:listed|debuted)\b/g;

/** IPOs and listings: the company nearest before the phrase ("X files for an IPO"), or the possessor after it ("the IPO of X"). */
export function ipoDeals(s: SentenceContext, fallback: number | null): DealDraft[] {
  if (NOT.test(s.lower)) return [];
  const out: DealDraft[] = [];
  const make = (subject: number, from: number): DealDraft => ({ type: 'ipo', subject, counterparties: [], leads: [], round: null,
    status: dealStatus(s.lower), amount: pickAmount(s.full, s.money, from), sentence: s, confidence: 0.6 });
  for (const m of s.lower.matchAll(BOUND)) for (const c of listAfter(s, at(s, m) + m[0].length)) out.push(make(c, s.end));
  for (const m of s.lower.matchAll(WENT_PUBLIC)) {
    const gap = s.full.slice(0, at(s, m)).match(/[\s—–-]*(?:that|which|who)?\s*$/)![0].length;
    for (const c of listBefore(s, at(s, m) - gap + 1)) out.push(make(c, s.end));
  }
  if (out.length > 0) return out;
  for (const m of s.lower.matchAll(IPO)) {
    const before = mentionBefore(s, at(s, m));
    const of = /^\s*(?:of|by)\s/.test(s.lower.slice(m.index + m[0].length)) ? mentionAfter(s, at(s, m) + m[0].length) : undefined;
    const its = /\b(?:its|their)\s+(?:\S+\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 20), m.index));
    const pronoun = /^(?:[“"]?\s*)(?:it|the (?:company|startup|firm|group)|the [\w-]+ (?:startup|company|firm))\b/.test(s.lower);
    const subject = (of ?? (its ? s.mentions[0] : before))?.company ?? (pronoun ? fallback : null);
    if (subject === null || subject === undefined) continue;
    return [{ type: 'ipo', subject, counterparties: [], leads: [], round: null, status: dealStatus(s.lower),
      amount: pickAmount(s.full, s.money, at(s, m) - 40), sentence: s, confidence: 0.6 }];
  }
  return [];
}
