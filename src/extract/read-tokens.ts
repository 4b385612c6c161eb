import { nlpInstance } from './nlp-instance.js';

export interface Token {
  /** Text as written (glued pieces such as "Velo.Net", "Kor-Tek", "Plus+" joined into one token). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** wink part of speech of the first piece. */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when the token follows white space (or starts the text). */
  spaced: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Index of the paragraph (blank line or line break separated); 0 is the title. */
  paragraph: number;
}

export interface ReadText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const GLUE = new Set(['-', '.', '&', '+']);
const ABBREVIATION = /^(?:[A-Z]\.)+$|^(?:mr|ms|mrs|dr|st|inc|corp|co|ltd|pvt|pte|bros|jr|sr|vs|no|calif|jan|feb|mar|apr|aug|sept?|oct|nov|dec|prof|gen|gov|sen|rep)\.$/i;
const END = new Set(['.', '!', '?']);

/** One wink pass over the text: tokens with offsets, glued names joined, and sentences. */
export function readTokens(text: string): ReadText {
  const doc = nlpInstance.readDoc(text);
  const its = nlpInstance.its;
  const raw: { text: string; pos: string; start: number; end: number; spaced: boolean }[] = [];
  const all = doc.tokens();
  const values = all.out() as string[];
  const tags = all.out(its.pos) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    let start = cursor + spaces[k]!.length;
    if (!text.startsWith(value, start)) {
      const at = text.indexOf(value, cursor);
      start = at >= 0 ? at : start;
    }
    raw.push({ text: value, pos: tags[k]!, start, end: start + value.length, spaced: start > cursor || start === 0 });
    cursor = start + value.length;
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let paragraph = 0;
  let breakPending = false;
  const closeSentence = (): void => {
    if (tokens.length > sentenceStart) {
      const first = tokens[sentenceStart]!;
      const last = tokens[tokens.length - 1]!;
      sentences.push({ index: sentences.length, start: first.start, end: last.end, first: sentenceStart, last: tokens.length, paragraph });
    }
    sentenceStart = tokens.length;
  };
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (r.pos === 'SPACE' || /^\s+$/.test(r.text)) {
      if (r.text.includes('\n') && !continues(tokens[tokens.length - 1], r.text, raw[i + 1])) { closeSentence(); paragraph++; breakPending = false; }
      continue;
    }
    const prev = tokens[tokens.length - 1];
    const next = raw[i + 1];
    const glueHere = prev && !r.spaced && GLUE.has(r.text) && /\w$/.test(prev.text)
      && (next ? (!next.spaced && /^\w/.test(next.text)) || (r.text === '+' && (next.spaced || !/^\w/.test(next.text))) : r.text === '+');
    const afterGlue = prev && !r.spaced && GLUE.has(prev.text.slice(-1)) && prev.text.length > 1 && /^\w/.test(r.text)
      && prev.end === r.start && prev.sentence === sentences.length && !END.has(prev.text);
    if (glueHere || afterGlue) {
      prev!.text += r.text;
      prev!.lower = prev!.text.toLowerCase();
      prev!.end = r.end;
      continue;
    }
    if (breakPending) {
      const opens = /^[A-Z0-9“"‘'([]/.test(r.text);
      if (r.spaced && opens) closeSentence();
      breakPending = false;
    }
    tokens.push({ text: r.text, lower: r.text.toLowerCase(), start: r.start, end: r.end, pos: r.pos, sentence: sentences.length, spaced: r.spaced });
    const numberUnit = /^[A-Z]\.$/.test(r.text) && /\d$/.test(prev?.text ?? '');
    const abbreviationDot = r.text === '.' && !r.spaced && prev !== undefined && ABBREVIATION.test(`${prev.text}.`);
    if ((END.has(r.text) && !abbreviationDot) || (r.text.endsWith('.') && r.text.length > 1 && (numberUnit || !ABBREVIATION.test(r.text)))) breakPending = true;
    if (/^[”"’)]$/.test(r.text) && prev && END.has(prev.text)) breakPending = true;
  }
  closeSentence();
  for (const s of sentences) for (let k = s.first; k < s.last; k++) tokens[k]!.sentence = s.index;
  return { text, tokens, sentences };
}

/** A single line break inside a sentence (the line ends without punctuation and the next starts in lower case) does not end it. */
function continues(prev: Token | undefined, space: string, next: { text: string } | undefined): boolean {
  return prev !== undefined && next !== undefined && !/\n\s*\n/.test(space) && /[\p{L}\p{N},-]$/u.test(prev.text) && /^\p{Ll}/u.test(next.text);
}
