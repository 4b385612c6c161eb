import { moneyPatterns as P } from './money-patterns.js';
import type { RawAmount } from './raw-amount.js';

/** An amount with the equivalents in other currencies the text states right after it. */
export interface AmountWithEquivalents {
  amount: RawAmount;
  equivalents: RawAmount[];
  /** End of the whole mention: the last equivalent, or the closing parenthesis around them. */
  end: number;
}

/** The longest gap (in characters) between an amount and its stated equivalent. */
const MAX_GAP = 40;

function gapTo(text: string, from: number, next: RawAmount | undefined): string | null {
  if (!next || next.start - from > MAX_GAP) return null;
  return text.slice(from, next.start);
}

/**
 * Groups each amount with the equivalents stated right after it in another currency:
 * "1 billion yuan ($145 million)", "Rs 37 crore (nearly $5 million at current rates)",
 * "€620 million — that's RMB 4.8 billion or $705 million", "1.16bn euros ($1.5bn; £800m)".
 * The first amount written is the mention's amount; an equivalent in the same currency is not one
 * ("$10 million, or $0.05 a share" stays two amounts).
 */
export function attachEquivalents(text: string, amounts: RawAmount[]): AmountWithEquivalents[] {
  const out: AmountWithEquivalents[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i]!;
    const first = gapTo(text, amount.end, amounts[i + 1]);
    const inParens = first !== null && P.parenOpen.test(first);
    const inline = !inParens && first !== null && P.inline.test(first) && !P.bareGap.test(first);
    const equivalents: RawAmount[] = [];
    if (inParens || inline) {
      const seen = new Set([amount.currency]);
      let j = i + 1;
      let gap: string | null = first;
      while (gap !== null && (j === i + 1 || P.chain.test(gap))) {
        const next = amounts[j]!;
        if (seen.has(next.currency)) break;
        seen.add(next.currency);
        equivalents.push(next);
        j++;
        gap = gapTo(text, next.end, amounts[j]);
      }
    }
    const last = equivalents[equivalents.length - 1];
    let end = last?.end ?? amount.end;
    if (last && inParens) {
      const close = P.parenClose.exec(text.slice(last.end, last.end + 62));
      if (close) end = last.end + close[0].length;
    }
    out.push({ amount, equivalents, end });
    i += equivalents.length;
  }
  return out;
}
