import type { CompanyMention } from '../types.js';

export interface Mention {
  /** Index into the article's companies. */
  company: number;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place the text names one of the companies (longest alias wins where aliases overlap). */
export function companyMentions(text: string, companies: CompanyMention[]): Mention[] {
  const found: Mention[] = [];
  companies.forEach((c, company) => {
    for (const alias of c.aliases) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}]|[+&][\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) found.push({ company, start: m.index, end: m.index + m[0].length });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
