/**
 * Scale words after a number, with their multipliers. Words are matched in lower, Title and UPPER case
 * with an optional space before them; `attached` forms (single letters) only directly against the number
 * ("$45k", "£7.2m", "$20B"), so "Series B" or "5 M" never scale anything.
 * Two scale words in a row multiply ("1.5 lakh crore" = 1.5e12).
 */
export const scaleLexicon: readonly { form: string; multiplier: number; attached?: boolean }[] = [
  { form: 'thousand', multiplier: 1e3 },
  { form: 'k', multiplier: 1e3, attached: true },
  { form: 'K', multiplier: 1e3, attached: true },
  { form: 'million', multiplier: 1e6 },
  { form: 'millions', multiplier: 1e6 },
  { form: 'mln', multiplier: 1e6 },
  { form: 'mn', multiplier: 1e6 },
  { form: 'mil', multiplier: 1e6 },
  { form: 'm', multiplier: 1e6, attached: true },
  { form: 'M', multiplier: 1e6, attached: true },
  { form: 'MM', multiplier: 1e6, attached: true },
  { form: 'billion', multiplier: 1e9 },
  { form: 'billions', multiplier: 1e9 },
  { form: 'bn', multiplier: 1e9 },
  { form: 'bln', multiplier: 1e9 },
  { form: 'b', multiplier: 1e9, attached: true },
  { form: 'B', multiplier: 1e9, attached: true },
  { form: 'trillion', multiplier: 1e12 },
  { form: 'tn', multiplier: 1e12 },
  { form: 'trn', multiplier: 1e12 },
  { form: 'T', multiplier: 1e12, attached: true },
  { form: 'lakh', multiplier: 1e5 },
  { form: 'lakhs', multiplier: 1e5 },
  { form: 'lac', multiplier: 1e5 },
  { form: 'lacs', multiplier: 1e5 },
  { form: 'crore', multiplier: 1e7 },
  { form: 'crores', multiplier: 1e7 },
  { form: 'cr', multiplier: 1e7 },
];
