import type { CurrencyForm } from './currency-form.js';
import { currencyCues } from './currency-cues.js';

/** How far around an amount (in characters, each side) context cues are looked for. */
const WINDOW = 200;

const compiled = new Map<string, { re: RegExp; code: string }[]>();
for (const [group, cues] of Object.entries(currencyCues)) {
  compiled.set(group, cues.map(({ pattern, code }) => ({ re: new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'gu'), code })));
}

/**
 * The ISO code of a matched currency form: its own code, or for an ambiguous form ("¥", "pesos", "Rs")
 * the code of the context cue nearest to the amount at `start`..`end` in `text`.
 */
export function resolveCurrency(form: CurrencyForm, text: string, start: number, end: number): string {
  const cues = form.cues ? compiled.get(form.cues) : undefined;
  if (!cues) return form.code;
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WINDOW));
  const lo = start - from;
  const hi = end - from;
  let best = form.code;
  let bestDistance = Infinity;
  for (const { re, code } of cues) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const mEnd = m.index + m[0].length;
      const distance = mEnd <= lo ? lo - mEnd : m.index >= hi ? m.index - hi : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = code;
      }
    }
  }
  return best;
}
