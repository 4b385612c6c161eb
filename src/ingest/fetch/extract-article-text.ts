import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG']);

/** Text of a DOM subtree with blocks as paragraphs: "\n\n" marks a block edge, "\n" a <br>, runs of space collapse. */
function blockText(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.push((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') { out.push('\n'); continue; }
    const block = BLOCKS.has(tag);
    if (block) out.push('\n\n');
    blockText(child, out);
    if (block) out.push('\n\n');
  }
}

const paragraphs = (raw: string) => raw
  .split(/\n\s*\n/)
  .map((p) => p.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n'))
  .filter(Boolean)
  .join('\n\n');

/**
 * The main text of an HTML page, by Mozilla's Readability over a linkedom DOM (nothing in the page runs: linkedom
 * has no script engine). Paragraphs are separated by blank lines. When Readability finds no article, `text` is empty.
 */
export function extractArticleText(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  const pageTitle = document.title?.trim() || null;
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node, charThreshold: 250 }).parse();
  if (!article?.content) return { title: pageTitle, text: '' };
  const out: string[] = [];
  blockText(article.content, out);
  return { title: article.title?.trim() || pageTitle, text: paragraphs(out.join('')) };
}
