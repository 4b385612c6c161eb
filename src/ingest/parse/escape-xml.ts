// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
};

/** Text safe in XML content and in quoted attribute values: markup characters and whitespace escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHARS, '').replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c]!);
}
