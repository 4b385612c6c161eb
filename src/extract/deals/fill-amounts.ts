import type { DealDraft } from './deal-draft.js';
import { isDealMoney } from './pick-amount.js';
import type { SentenceContext } from './sentence-context.js';

const PRICE_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:deal|transaction|takeover|merger|acquisition|purchase|buyout|offer|bid|investment|to buy|to acquire|to take over)\b/i;

/**
 * "a 3 trillion yen deal with Acme", "would spend $3bn to buy ...": a price stated apart from the sentence that names
 * the deal goes to a deal of the article that still lacks one and involves a company this sentence names.
 */
export function fillAmounts(deals: DealDraft[], sentences: SentenceContext[]): void {
  for (const s of sentences) {
    for (const m of s.money) {
      if (!PRICE_AFTER.test(s.full.slice(m.end, m.end + 60)) || !isDealMoney(s.full, m)) continue;
      const named = new Set(s.mentions.map((x) => x.company));
      const deal = deals.find((d) => d.amount === null && (d.type === 'acquisition' || d.type === 'funding') && !d.relation
        && [d.subject, ...d.counterparties].some((c) => c !== null && named.has(c)));
      if (deal) deal.amount = { value: m.value, currency: m.currency, usd: m.usd, usdConverted: m.usdConverted };
    }
  }
}
