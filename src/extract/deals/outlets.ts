import type { Mention } from './company-mentions.js';

const BEFORE = /\b(?:told|according to|reported by|confirmed (?:with|to)|in an interview with|speaking (?:with|to)|a report (?:by|from|in)|cited by|first reported by|(?:data|figures|research|estimates) (?:from|by)|reporting by|writes|wrote)\s+(?:the\s+)?$/i;
/** "X reported" cites X, unless X reports its own results ("X reported a net loss", "X reports quarterly revenue"). */
const AFTER = /^[’']?s?\s*(?:(?:reported|reports|first reported|has reported)\b(?!\s+(?:an?|its|their|net|record|higher|lower|strong|weak|better|worse|quarterly|annual|[\w-]*quarter|first-half|revenues?|sales|profits?|loss(?:es)?|earnings|results|income|growth|\$|\d))|was first to report|citing|cited|writes|wrote|said in a report|data)\b/i;

/** Companies the article cites as a source (told X, according to X, X reported): never a deal's party. */
export function sourceCompanies(text: string, mentions: Mention[]): Set<number> {
  const out = new Set<number>();
  for (const m of mentions) {
    const lineStart = text.lastIndexOf('\n', m.start) + 1;
    const prefix = text.slice(lineStart, m.start);
    const dateline = /\d|^[^a-z]+\($/.test(prefix) && !/[.!?]\s/.test(prefix);
    if (m.start - lineStart < 60 && dateline && /\(\s*$/.test(prefix) && /^\s*\)/.test(text.slice(m.end))) out.add(m.company);
    if (BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || AFTER.test(text.slice(m.end, m.end + 30))) out.add(m.company);
  }
  return out;
}
