/** The lower-cased qualified name of an XML document's root element, or null when there is none. */
export function rootElement(xml: string): string | null {
  let i = xml.indexOf('<');
  while (i !== -1) {
    if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i);
    else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i);
    else if (xml.startsWith('<!', i)) i = xml.indexOf('>', i);
    else return /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(i, i + 200))?.[1]?.toLowerCase() ?? null;
    if (i === -1) return null;
    i = xml.indexOf('<', i + 1);
  }
  return null;
}
