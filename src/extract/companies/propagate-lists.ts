import type { ReadText } from '../read-tokens.js';
import type { Candidate } from './find-candidates.js';
import type { NameVerdict } from './classify-names.js';

const JOINERS = /^(,|and|&|or|as well as)$/;

/** In a list such as "A, B, C and D", names that are not ruled out join the organisations listed with them. */
export function propagateLists(read: ReadText, candidates: Candidate[], verdicts: Map<string, NameVerdict>): void {
  const body = candidates.filter((c) => !c.inTitle);
  let run: Candidate[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const vs = run.map((c) => verdicts.get(c.key)).filter((v): v is NameVerdict => Boolean(v));
      const companies = vs.filter((v) => v.isCompany).length;
      const blocked = vs.filter((v) => v.blocked).length;
      const people = vs.filter((v) => v.isPerson).length;
      if (people >= 1) for (const v of vs) if (v.isCompany && v.score <= 2 && v.key.includes(' ')) { v.isCompany = false; v.isPerson = true; v.blocked = true; }
      if (people === 0 && companies >= 1 && companies * 2 >= vs.length - blocked && blocked <= 1) {
        for (const v of vs) if (!v.isCompany && !v.blocked && v.score > -3) v.isCompany = true;
      }
    }
    run = [];
  };
  for (const c of body) {
    const prev = run[run.length - 1];
    if (prev && prev.sentence === c.sentence && joined(read, prev.last, c.first)) run.push(c);
    else { flush(); run = [c]; }
  }
  flush();
}

function joined(read: ReadText, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  const between = read.tokens.slice(from, to).map((t) => t.lower).join(' ').replace(/ ,/g, ',');
  return between.split(/\s+/).every((w) => JOINERS.test(w) || w === ',') || /^(, and|, &|, or)$/.test(between);
}
