import type { MoneyMention } from '../types.js';

/**
 * A money mention as `findMoney` returns it.
 *
 * Ranges ("$5-10 million", "between $50M and $60M") are one mention: `value` is the lower bound, as an
 * analyst reads "raised $5-10 million" as "at least $5 million"; `low` and `high` keep both bounds and
 * `usd` converts the lower bound. `approximate` marks an amount hedged in the text ("about", "more than",
 * "up to", "nearly"); the hedge itself is not part of `text`.
 */
export interface FoundMoney extends MoneyMention {
  low?: number;
  high?: number;
  approximate?: boolean;
}
