import { htmlToParagraphs } from './html-to-paragraphs.js';
import { plainParagraphs } from './plain-paragraphs.js';

/** A title or name as one line of plain text; `html` says whether the value is markup (RSS titles are). */
export function oneLine(value: string | null | undefined, html = true): string {
  if (!value) return '';
  return (html ? htmlToParagraphs(value) : plainParagraphs(value)).replace(/\s+/g, ' ').trim();
}
