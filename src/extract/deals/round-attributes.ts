import type { Amount } from '../types.js';
import type { DealDraft } from './deal-draft.js';

const TOTAL_BEFORE = /\b(?:total (?:funding|raised|financing|investment|capital raised)?\s*(?:to date\s*)?(?:to|of|at)|(?:has|have) raised (?:a total of |about |around |more than |over |some )?|raised (?:a total of )?(?:about |around |more than |over )?(?=[^.]{0,30}\b(?:to date|so far|in total)))\s*(?:about |around |nearly |more than |over |some )?$/;
const VALUATION_BEFORE = /\b(?:valu(?:ed|ing|ation of)|valuation (?:at|to|of)|post-money (?:valuation )?of|pre-money (?:valuation )?of)\s+(?:\w+\s+){0,3}?(?:at\s+)?(?:about |around |nearly |more than |over |some )?$/;

const amountOf = (m: Amount): Amount => ({ value: m.value, currency: m.currency, usd: m.usd, usdConverted: m.usdConverted });

/** "..., bringing its total funding to $25 million", "valuing the company at $1 billion": figures of a round that are not its sum. */
export function roundAttributes(drafts: DealDraft[]): void {
  for (const d of drafts) {
    if (d.type !== 'funding' || d.relation) continue;
    const s = d.sentence;
    for (const m of s.money) {
      const before = s.full.slice(Math.max(s.start, m.start - 60), m.start).toLowerCase();
      if (d.amount && d.amount.value === m.value && d.amount.currency === m.currency) continue;
      if (d.totalRaised === undefined && TOTAL_BEFORE.test(before)) d.totalRaised = amountOf(m);
      else if (d.valuation === undefined && VALUATION_BEFORE.test(before)) d.valuation = amountOf(m);
    }
  }
}
