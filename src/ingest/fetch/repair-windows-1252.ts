// windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined stay as their C1 code points (as WHATWG says).
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder reads the `windows-1252` label family (which includes `iso-8859-1` and `latin1`) as plain
 * ISO-8859-1, turning bytes 0x80–0x9F into C1 control characters instead of € “ ” – — ™ and the rest. This maps them
 * back. Harmless where the decoder is right: real text has no C1 controls.
 */
export function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
