import type { Amount, MoneyMention } from '../types.js';
import { NOT_DEAL_MONEY_AFTER, NOT_DEAL_MONEY_BEFORE } from '../lexicon/deal-words.js';

const DEAL_WORTH = /\b(?:deal|transaction|acquisition|purchase|takeover|offer|bid|merger|agreement|buyout|sale)\s+(?:is\s+|was\s+|will be\s+|would be\s+)?(?:worth|valued at|valuing \S+ at)\s*(?:about|around|roughly|some|nearly|almost|over|more than)?\s*$/;

const PRICED = /^\s*(?:[a-z]+\s+)?(?:deal|transaction|takeover|acquisition|purchase|buyout)\b/;
const STAKE_WORTH = /\b(?:stakes?|shares|holdings?)\b[^$€£¥₹.]{0,90}\b(?:worth|valued at)\s*(?:about|around|roughly|some|nearly|almost|over|more than)?\s*$/;

/** True when the words around a sum make it a valuation, revenue, total to date ... rather than a price. */
export function isDealMoney(text: string, m: MoneyMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start).toLowerCase();
  const after = text.slice(m.end, m.end + 40).toLowerCase();
  if (m.value < 10000) return false;
  if (DEAL_WORTH.test(before) || STAKE_WORTH.test(before)) return true;
  if (NOT_DEAL_MONEY_BEFORE.test(before) || NOT_DEAL_MONEY_AFTER.test(after)) return false;
  if (/\bfund\b/.test(after.slice(0, 12))) return false;
  return true;
}

/** The deal sum among a sentence's money: the first acceptable one after `from` and before `stopAt` (else just before `from`). */
export function pickAmount(text: string, money: MoneyMention[], from: number, stopAt = Infinity): Amount | null {
  const ok = money.filter((m) => isDealMoney(text, m));
  const after = ok.filter((x) => x.start >= from && x.start - from <= 100 && x.start < stopAt);
  const m = after.find((x) => PRICED.test(text.slice(x.end, x.end + 30))) ?? after[0] ?? ok.filter((x) => x.start < from && from - x.end <= 60 && !/[,;]/.test(text.slice(x.end, from))).pop();
  return m ? { value: m.value, currency: m.currency, usd: m.usd, usdConverted: m.usdConverted } : null;
}
