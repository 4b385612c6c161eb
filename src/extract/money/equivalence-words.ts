/**
 * Words around money amounts, as regular-expression sources (case-insensitive where used).
 * - `hedges` before an amount make it approximate ("about $5 million") and may open a stated equivalent.
 * - `connectors` join an amount to its stated equivalent in another currency
 *   ("€620 million — that's RMB 4.8 billion or $705 million").
 * - `rangeSeparators` join the bounds of a range ("$5-10 million", "$5 million to $10 million").
 */
export const equivalenceWords = {
  hedges: [
    'about', 'around', 'approximately', 'approx\\.?', 'roughly', 'nearly', 'almost', 'some', 'over', 'more than',
    'less than', 'under', 'up to', 'at least', 'close to', 'upwards of', 'in excess of', 'as much as', 'north of',
    'an estimated', 'estimated', 'circa', 'c\\.', 'just over', 'just under', 'well over', '~',
  ],
  connectors: [
    "that's", 'that’s', 'that is', 'or', 'i\\.e\\.,?', 'equivalent to', 'equal to', 'which is', 'or about',
  ],
  rangeSeparators: ['-', '–', 'to', 'and'],
} as const;
