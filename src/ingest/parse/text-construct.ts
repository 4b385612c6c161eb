import { htmlToParagraphs } from './html-to-paragraphs.js';
import { plainParagraphs } from './plain-paragraphs.js';

const LOOKS_LIKE_MARKUP = /<\/?(p|br|div|span|a|b|i|em|strong|img|ul|ol|li|h[1-6]|blockquote|figure|table)\b[^>]*>/i;

/**
 * An Atom text construct (or any value with a MIME-ish type) as plain paragraphs. `text` is plain by the
 * spec, but feeds often put HTML there undeclared: markup-looking text is converted so no tag survives.
 */
export function textConstruct(value: string | null | undefined, type: string | null | undefined): string {
  if (!value) return '';
  const t = (type ?? 'text').toLowerCase();
  if (t.includes('html') || LOOKS_LIKE_MARKUP.test(value)) return htmlToParagraphs(value);
  return plainParagraphs(value);
}
