/**
 * A regular-expression alternation matching any of `forms` literally, longest first so that
 * "US$" wins over "$"; a space inside a form matches any run of white space.
 */
export function buildAlternation(forms: Iterable<string>): string {
  const unique = [...new Set(forms)].filter((form) => form.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'))
    .join('|');
}
