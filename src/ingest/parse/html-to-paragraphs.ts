import { parseHTML } from 'linkedom';
import { plainParagraphs } from './plain-paragraphs.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'select']);

interface DomNode { nodeType: number; localName?: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

let container: { innerHTML: string; childNodes: ArrayLike<DomNode> } | null = null;

/** Parsed fragment. linkedom's innerHTML recurses per level, so markup nested too deep is parsed as a document. */
function fragment(html: string): ArrayLike<DomNode> {
  try {
    if (!container) {
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      container = document.createElement('div') as unknown as typeof container;
    }
    container!.innerHTML = html;
    return container!.childNodes;
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    const inner = html.replace(/<\/?(html|head|body)\b[^>]*>/gi, '');
    return parseHTML(`<!doctype html><html><body>${inner}</body></html>`).document.body.childNodes as unknown as ArrayLike<DomNode>;
  }
}

/** Walks the tree without recursion (feed HTML can nest deeper than the stack). */
function collect(nodes: ArrayLike<DomNode>): string {
  const out: string[] = [];
  const stack: (DomNode | string)[] = Array.from(nodes).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
    } else if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    } else if (node.nodeType === 1) {
      const tag = node.localName ?? '';
      if (SKIP.has(tag)) continue;
      if (tag === 'br') { out.push('\n'); continue; }
      const after = BLOCK.has(tag) ? '\n\n' : tag === 'td' || tag === 'th' ? ' ' : '';
      if (after) out.push(after);
      stack.push(after);
      const kids = node.childNodes; // linkedom builds this list on every access: read it once
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('');
}

/** Feed HTML to plain text: block elements and double line breaks become paragraph breaks; scripts, styles and tags go. */
export function htmlToParagraphs(html: string): string {
  if (!/[<&]/.test(html)) return plainParagraphs(html);
  return plainParagraphs(collect(fragment(html)));
}
