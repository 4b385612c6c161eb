import { stripDoctype } from './strip-doctype.js';

// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Feed text made ready for the XML parser: no BOM, no characters XML 1.0 forbids, no DOCTYPE.
 * The declared encoding is left alone: the parser ignores it, the text is already decoded.
 */
export function prepareXml(text: string): string {
  return stripDoctype(text.replace(/^\uFEFF/, '').replace(NOT_XML_CHARS, ''));
}
