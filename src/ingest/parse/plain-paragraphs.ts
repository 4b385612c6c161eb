/** Plain text normalised: paragraphs split at blank lines, whitespace inside each collapsed, empty ones gone. */
export function plainParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
