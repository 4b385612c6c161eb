import { XMLValidator } from 'fast-xml-parser';

/** Where and why `xml` is not well-formed, as "line L, column C: message"; null when the validator finds nothing. */
export function xmlProblem(xml: string): string | null {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (result === true) return null;
  const { line, col, msg } = result.err;
  return `line ${line}, column ${col}: ${msg}`;
}
