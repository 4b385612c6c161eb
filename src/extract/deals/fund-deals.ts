import { dealStatus } from './deal-status.js';
import { at, type DealDraft } from './deal-draft.js';
import { mentionBefore, type SentenceContext } from './sentence-context.js';

const FUND = /\b(?:clos(?:es|ed|ing)|rais(?:es|ed|ing)|announc(?:es|ed|ing)|launch(?:es|ed|ing)|unveil(?:s|ed|ing)|(?:final|first) close of|secur(?:es|ed))\b(?:[^.;]|\.\d){0,60}?\bfund\b|\bnew (?:\S+ ){0,3}fund\b/g;

/** New funds: "X closes a $N fund", "X announces new $N fund". The sum is the one right before "fund". */
export function fundDeals(s: SentenceContext): DealDraft[] {
  const out: DealDraft[] = [];
  for (const m of s.lower.matchAll(FUND)) {
    const subject = mentionBefore(s, at(s, m));
    if (!subject) continue;
    const fundWord = at(s, m) + m[0].length;
    const money = s.money.filter((x) => x.end <= fundWord + 2 && x.start >= at(s, m)).pop()
      ?? s.money.find((x) => x.start >= fundWord && x.start - fundWord <= 15 && /^\s*(?:at|of|worth|size of)\s/.test(s.full.slice(fundWord, x.start)));
    out.push({ type: 'fund', subject: subject.company, counterparties: [], leads: [], round: null, status: dealStatus(s.lower),
      amount: money ? { value: money.value, currency: money.currency, usd: money.usd, usdConverted: money.usdConverted } : null,
      sentence: s, confidence: 0.6 });
  }
  return out;
}
