export interface DetectedCharset {
  /** An encoding label as found (not yet checked against the labels TextDecoder knows). */
  label: string;
  from: 'bom' | 'header' | 'xml-declaration' | 'html-meta' | 'default';
}

const BOMS: Array<[number[], string]> = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];
const LABEL = '([A-Za-z0-9._:-]+)';
const XML_DECLARATION = new RegExp(`^\\s*<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*["']${LABEL}["']`);
// <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
const HTML_META = new RegExp(`<meta\\s[^>]*?\\bcharset\\s*=\\s*["']?\\s*${LABEL}`, 'i');
const LOOKS_LIKE_XML = /^\s*<(\?xml|rss|feed|rdf:rdf)\b/i;

/** An ASCII-compatible label: a UTF-16 label read from ASCII bytes is wrong, and browsers read it as UTF-8. */
const asciiCompatible = (label: string) => (/^utf-?16/i.test(label) ? 'utf-8' : label);

/**
 * The charset of a response body: a byte order mark (it wins over the header, as in browsers and RFC 7303), the
 * Content-Type charset, the XML declaration's encoding, an HTML `<meta>` charset in the first 4 KiB, else UTF-8.
 */
export function detectCharset(contentType: string, body: Uint8Array): DetectedCharset {
  for (const [bom, label] of BOMS) {
    if (bom.every((byte, i) => body[i] === byte)) return { label, from: 'bom' };
  }
  const header = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1];
  if (header) return { label: header, from: 'header' };
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 4096)).toString('latin1');
  const xml = XML_DECLARATION.exec(head)?.[1];
  if (xml) return { label: asciiCompatible(xml), from: 'xml-declaration' };
  const meta = LOOKS_LIKE_XML.test(head) ? undefined : HTML_META.exec(head)?.[1];
  if (meta) return { label: asciiCompatible(meta), from: 'html-meta' };
  return { label: 'utf-8', from: 'default' };
}
