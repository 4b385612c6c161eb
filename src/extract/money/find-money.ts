import { attachEquivalents } from './attach-equivalents.js';
import { toUsd } from './convert.js';
import type { FoundMoney } from './found-money.js';
import { joinRanges } from './join-ranges.js';
import { matchAmounts } from './match-amounts.js';
import { moneyPatterns as P } from './money-patterns.js';

export type { FoundMoney } from './found-money.js';

/**
 * Every money amount in `text` (news prose), in order, with offsets into `text`.
 *
 * - One mention per amount; a range is one mention (`value` = lower bound, `low`/`high` both bounds).
 * - An equivalent stated right after it in another currency joins the mention ("1 billion yuan ($145 million)"):
 *   `value`/`currency` are the first amount written, `usd` the stated US-dollar figure when there is one.
 * - Otherwise `usd` is converted at `year`'s average rate (latest year when null), `usdConverted: true`;
 *   null for a currency without a rate. For USD amounts `usd` = `value`.
 * - Not money: numbers without a currency ("300 million users"), years, percentages, cashtags ("$BABA"),
 *   exchange-rate notes ("$1 = 10.42 crowns"), vague amounts ("tens of millions of dollars").
 */
export function findMoney(text: string, year: number | null): FoundMoney[] {
  const amounts = matchAmounts(text).filter(
    (a) => !P.rateAfter.test(text.slice(a.end, a.end + 4)) && !P.rateBefore.test(text.slice(Math.max(0, a.start - 4), a.start)),
  );
  const found: FoundMoney[] = [];
  for (const { amount, equivalents, end } of attachEquivalents(text, joinRanges(text, amounts))) {
    const statedUsd = amount.currency === 'USD' ? amount.value : equivalents.find((e) => e.currency === 'USD')?.value;
    const usd = statedUsd ?? toUsd(amount.value, amount.currency, year);
    const mention: FoundMoney = {
      text: text.slice(amount.start, end),
      start: amount.start,
      end,
      value: amount.value,
      currency: amount.currency,
      usd,
      usdConverted: statedUsd === undefined && usd !== null,
    };
    if (amount.low !== undefined && amount.high !== undefined) {
      mention.low = amount.low;
      mention.high = amount.high;
    }
    if (P.hedgeBefore.test(text.slice(Math.max(0, amount.start - 25), amount.start))) mention.approximate = true;
    found.push(mention);
  }
  return found;
}
