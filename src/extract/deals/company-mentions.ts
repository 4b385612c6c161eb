import type { CompanyMention } from '../types.js';

export interface Mention {
  /** Index into the article's companies. */
  company: number;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place the text names one of the companies, in one pass (longest alias first where aliases overlap). */
export function companyMentions(text: string, companies: CompanyMention[]): Mention[] {
  const byAlias = new Map<string, number>();
  companies.forEach((c, company) => { for (const alias of c.aliases) if (!byAlias.has(alias)) byAlias.set(alias, company); });
  if (byAlias.size === 0) return [];
  const alternation = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}]|[+&][\\p{L}])`, 'gu');
  const out: Mention[] = [];
  for (const m of text.matchAll(re)) out.push({ company: byAlias.get(m[0])!, start: m.index, end: m.index + m[0].length });
  return out;
}
