/** The spellings of a word form matched in text: as listed, lower case, Title Case and UPPER CASE. */
export function caseVariants(form: string): string[] {
  const title = form.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return [...new Set([form, form.toLowerCase(), title, form.toUpperCase()])];
}
