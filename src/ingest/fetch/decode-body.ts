import { detectCharset } from './detect-charset.js';
import { repairWindows1252 } from './repair-windows-1252.js';

export interface DecodedBody {
  text: string;
  /** The encoding the text was decoded as, by its WHATWG name (so `iso-8859-1` reads as `windows-1252`). */
  charset: string;
  /** Set when the declared charset was unknown and UTF-8 was used instead. */
  note: string | null;
}

/** Body bytes to text in the charset the response declares (see detectCharset); a byte order mark is dropped. */
export function decodeBody(contentType: string, body: Uint8Array): DecodedBody {
  const detected = detectCharset(contentType, body);
  let decoder: TextDecoder;
  let note: string | null = null;
  try {
    decoder = new TextDecoder(detected.label);
  } catch {
    decoder = new TextDecoder('utf-8');
    note = `unknown charset "${detected.label}" (from the ${detected.from.replace('-', ' ')}), read as UTF-8`;
  }
  const text = decoder.decode(body);
  return { text: decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text, charset: decoder.encoding, note };
}
