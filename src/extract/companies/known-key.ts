const LEGAL_SUFFIX = /\s+(?:inc|incorporated|ltd|limited|llc|llp|corp|corporation|co|plc|gmbh|ag|sa|bv|nv|pte|pty|oy|ab|as|spa|srl|kk)$/;

/**
 * The key a name is known by across the corpus: case, apostrophes, a possessive, punctuation, a leading "the" and up
 * to two legal suffixes folded ("The Acme Corp." and "Acme's" are both "acme"). The companies table keys names by it too
 * (companies.norm_name, company_aliases.norm_alias): extraction and storage fold names in one place.
 */
export function knownKey(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'");
  s = s.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  s = s.replace(/[^\p{L}\p{N}&+\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^the\s+/, '');
  for (let k = 0; k < 2; k++) s = s.replace(LEGAL_SUFFIX, '').trim();
  return s;
}
