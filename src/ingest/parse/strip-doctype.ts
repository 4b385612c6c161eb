/** Index just past the `>` that ends the DOCTYPE starting at `start` (quotes, internal subset and comments honoured). */
function doctypeEnd(xml: string, start: number): number {
  let quote: string | null = null;
  let inSubset = false;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (inSubset && xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) return xml.length;
      i = end + 2;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return xml.length;
}

/**
 * Removes every DOCTYPE declaration before the root element, internal subset and all, so no entity it declares
 * (billion laughs, external `SYSTEM` entities) can ever reach the parser. Newlines are kept, so line numbers hold.
 */
export function stripDoctype(xml: string): string {
  let out = xml;
  for (;;) {
    const match = /<!DOCTYPE/i.exec(out);
    if (!match || /<[A-Za-z_]/.test(out.slice(0, match.index).replace(/<!--[\s\S]*?-->/g, ''))) return out;
    const end = doctypeEnd(out, match.index);
    out = out.slice(0, match.index) + out.slice(match.index, end).replace(/[^\n]/g, '') + out.slice(end);
  }
}
