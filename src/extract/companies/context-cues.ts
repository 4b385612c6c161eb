import type { Token } from '../read-tokens.js';
import { ORG_NOUNS } from '../lexicon/org-words.js';
import { PERSON_TITLES, SPEECH_VERBS } from '../lexicon/person-words.js';
import { vocabulary } from '../vocabulary.js';
import { REGION_NAMES } from '../lexicon/region-names.js';
import type { Candidate } from './find-candidates.js';

export interface Cues {
  /** Evidence the span names an organisation. */
  org: number;
  /** Evidence it names a person. */
  person: number;
  /** Evidence it names a place. */
  place: number;
}

/** Bylines and credits: every name after "Reporting by", "Editing by", "Photo/" is a person. */
const CREDIT_LINE = /^(?:\(?\s*)?(?:additional )?(?:reporting|editing|writing|compiled|photo|photograph|photos|illustration|produced|interview)\b.*\bby\b|\bphoto \/\s*$|^(?:by)\s*$/;
const GEO_NOUNS = new Set(['desert', 'river', 'province', 'state', 'mountains', 'coast', 'region', 'valley', 'island', 'county', 'district']);
/** "Dearborn, Michigan", "Dearborn, Michigan-based": a place word after the comma. */
const PLACE_TAG_WORDS = (word: string): boolean => {
  const w = word.replace(/-(?:based|headquartered)$/, '');
  return vocabulary.tags(w).some((t) => /^(Country|Region|City)$/.test(t)) || REGION_NAMES.has(w);
};
const STRONG_ORG_NOUNS = new Set(['company', 'startup', 'start-up', 'firm', 'giant', 'unicorn', 'maker', 'operator', 'provider',
  'lender', 'insurer', 'retailer', 'conglomerate', 'subsidiary', 'automaker', 'carmaker', 'chipmaker']);
const BY_VERBS = new Set(['led', 'co-led', 'backed', 'acquired', 'owned', 'funded', 'bought', 'financed', 'supported',
  'joined', 'purchased', 'operated', 'run', 'controlled', 'sponsored', 'underwritten', 'valued', 'invested', 'snapped',
  'picked', 'taken', 'developed', 'offered', 'provided', 'powered', 'followed', 'incubated', 'advised', 'done', 'conducted',
  'published', 'released', 'issued', 'commissioned', 'compiled', 'estimated', 'tracked', 'made', 'manufactured']);
const FROM_NOUNS = new Set(['funding', 'investment', 'investments', 'capital', 'money', 'backing', 'participation',
  'financing', 'round', 'stake', 'loan', 'debt', 'cash', 'support', 'contribution', 'investors', 'spun', 'acquired', 'bought']);
const BEFORE_ORG = new Set(['investors', 'investor', 'backers', 'backer', 'including', 'includes', 'include', 'like',
  'acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying', 'rival', 'rivals', 'competitor',
  'competitors', 'peers', 'partners', 'versus', 'vs', 'vs.', 'at', 'joins', 'joined', 'join', 'invests', 'backs',
  'backed', 'unicorn', 'startups', 'companies', 'firms', 'giants', 'players', 'lenders', 'banks', 'funds']);
const WITH_HEADS = new Set(['partner', 'partners', 'partnered', 'partnering', 'partnership', 'deal', 'agreement',
  'teamed', 'teams', 'team', 'alliance', 'collaboration', 'collaborate', 'collaborates', 'merger', 'merge', 'merges',
  'talks', 'ties', 'tie-up', 'contract', 'venture', 'pact', 'works', 'working', 'compete', 'competes', 'competing']);
const IN_HEADS = new Set(['stake', 'stakes', 'invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'shares']);
const OF_HEADS = new Set(['acquisition', 'purchase', 'takeover', 'shareholder', 'shareholders', 'owner', 'parent',
  'subsidiary', 'unit', 'arm', 'division', 'shares', 'stake', 'investors', 'backers', 'founder', 'co-founder', 'ceo',
  'cfo', 'cto', 'chairman', 'president', 'executive', 'head', 'director', 'spokesperson', 'spokesman', 'spokeswoman',
  'part', 'customers', 'users', 'sale', 'spinoff', 'spin-off', 'ipo', 'listing', 'valuation', 'bid', 'offer']);
const TO_HEADS = new Set(['sell', 'sells', 'sold', 'selling', 'sale', 'rival', 'investor', 'backer', 'supplier', 'lender']);
const ORG_VERBS_AFTER = new Set(['raised', 'raises', 'raise', 'raising', 'acquired', 'acquires', 'announced', 'announces',
  'invested', 'invests', 'launched', 'launches', 'led', 'leads', 'reported', 'reports', 'operates', 'employs', 'hired',
  'listed', 'secured', 'secures', 'closed', 'closes', 'filed', 'files', 'agreed', 'agrees', 'partnered', 'partners',
  'merged', 'bought', 'buys', 'sold', 'sells', 'offers', 'offered', 'plans', 'planned', 'shares', 'stock', 'bagged', 'bags',
  'joined', 'participated', 'founded', 'owns', 'acquires']);
const POSSESSED_BUSINESS = new Set(['ceo', 'cfo', 'cto', 'founder', 'co-founder', 'chief', 'shares', 'stock', 'stake',
  'board', 'investors', 'acquisition', 'ipo', 'platform', 'app', 'apps', 'services', 'service', 'unit', 'subsidiary',
  'business', 'revenue', 'revenues', 'valuation', 'market', 'customers', 'users', 'products', 'headquarters', 'shareholders',
  'president', 'chairman', 'executives', 'employees', 'staff', 'sales', 'profit', 'earnings', 'cloud', 'operations',
  'parent', 'owner', 'backer', 'listing', 'offer', 'bid', 'deal', 'merger', 'spokesperson', 'spokesman', 'spokeswoman']);

const low = (tokens: Token[], i: number, s: { first: number; last: number }): string =>
  i >= s.first && i < s.last ? tokens[i]!.lower : '';

/** Context cues around one occurrence of a candidate, within its sentence. */
export function contextCues(c: Candidate, tokens: Token[], s: { first: number; last: number }): Cues {
  const cues: Cues = { org: 0, person: 0, place: 0 };
  const p1 = low(tokens, c.first - 1, s);
  const p2 = low(tokens, c.first - 2, s);
  const n1 = low(tokens, c.last, s);
  const n2 = low(tokens, c.last + 1, s);
  if (c.affix && /^(backed|owned|led|funded|controlled|supported|listed|run|operated)$/.test(c.affix)) cues.org += 2;
  if (c.affix && /^(based|headquartered|born|focused|founded|centric|specific|made|bound)$/.test(c.affix)) cues.place += 3;
  if (p1 === 'by' && BY_VERBS.has(p2)) cues.org += 3;
  if (/^(?:acquired|acquires|acquire|bought|buys|buy)$/.test(p1)) cues.org += 2;
  if (p1 === 'by' && /^(founded|co-founded|written|created|started|up|reporting|editing|edited|photo|interviewed)$/.test(p2)) cues.person += 3;
  if (p1 === 'in' && /^(based|headquartered|located|born|live|lives|living)$/.test(p2)) cues.place += 5;
  if (n1 === ',' && PLACE_TAG_WORDS(n2)) cues.place += 4;
  if (GEO_NOUNS.has(n1)) cues.place += 3;
  if (p1 === 'from' && FROM_NOUNS.has(p2)) cues.org += 2;
  if (BEFORE_ORG.has(p1) || (p1 === 'as' && p2 === 'such')) cues.org += 1;
  if (p1 === 'with' && WITH_HEADS.has(p2)) cues.org += 2;
  if (p1 === 'in' && IN_HEADS.has(p2)) cues.org += 2;
  if (p1 === 'of' && OF_HEADS.has(p2)) cues.org += 2;
  if (p1 === 'to' && TO_HEADS.has(p2)) cues.org += 2;
  if (ORG_NOUNS.has(p1) && !PERSON_TITLES.has(p1)) cues.org += STRONG_ORG_NOUNS.has(p1) ? 3 : 2;
  if (p1 === 'at' && PERSON_TITLES.has(p2)) cues.org += 2;
  if (ORG_VERBS_AFTER.has(n1) || (/^(has|have|had|will|is|was|also)$/.test(n1) && ORG_VERBS_AFTER.has(n2))) cues.org += 1;
  if (/^(’s|'s)$/.test(n1) && POSSESSED_BUSINESS.has(n2)) cues.org += 2;
  if (/^(?:founder|co-founder|cofounder|ceo|cfo|cto|coo|chairman|chairwoman|president|spokesperson|spokesman|spokeswoman)$/.test(n1)) cues.org += 3;
  if (/^[®™]$/.test(n1)) cues.org += 3;
  if (n1 === ',' && n2 === 'which' && /^(?:owns|holds|has|is|was|operates|runs|invested|acquired|bought|raised)$/.test(low(tokens, c.last + 2, s))) cues.org += 1;
  if (n1 === '(' && /^(nasdaq|nyse|lse|hkex|tsx|asx|bse|nse|otc)/.test(n2)) cues.org += 3;
  if (n1 === ',' && appositiveIsOrg(tokens, c.last + 1, s.last)) cues.org += 3;
  if (CREDIT_LINE.test(tokens.slice(s.first, c.first).map((t) => t.lower).join(' '))) cues.person += 6;
  const titleBefore = p1 === ')' ? p2 : p1;
  if (PERSON_TITLES.has(titleBefore) && !ORG_NOUNS.has(titleBefore) && !/^(said|says|according)$/.test(titleBefore)) cues.person += 6;
  if (n1 === ',' && /^(?:the|a|an|its)$/.test(n2) && appositiveIsPerson(tokens, c.last + 1, s.last)) cues.person += 4;
  const multi = c.last - c.first > 1;
  const firstWord = tokens[c.first]!.lower;
  const nameLike = vocabulary.known(firstWord) || vocabulary.tags(firstWord).some((t) => /Name$/.test(t));
  if (SPEECH_VERBS.has(p1) && multi && nameLike && !PERSON_TITLES.has(n1)) cues.person += 2;
  if (SPEECH_VERBS.has(n1) && multi) cues.person += 1;
  if (n1 === ',' && PERSON_TITLES.has(n2) && n2 !== 'said' && n2 !== 'says' && n2 !== 'according') cues.person += 3;
  if (n1 === ',' && /^(who|whose)$/.test(n2)) cues.person += 2;
  if (/^(in|across|to|throughout|from|around|outside|within)$/.test(p1)) cues.place += 1;
  return cues;
}

/** ", a Singapore-based startup", ", the e-commerce giant": an appositive ending on an organisation noun. */
function appositiveIsOrg(tokens: Token[], from: number, end: number): boolean {
  const head = tokens[from]?.lower;
  if (head !== 'a' && head !== 'an' && head !== 'the' && head !== 'which' && head !== 'one') return false;
  for (let k = from + 1; k < Math.min(end, from + 9); k++) {
    const t = tokens[k]!;
    if (/^[,.;:()]$/.test(t.text)) return false;
    if (ORG_NOUNS.has(t.lower) && !/^(partner|player|leader|owner|service|app)$/.test(t.lower)) return true;
  }
  return false;
}

/** ", the former managing director of ...": an appositive naming a role makes the name a person. */
function appositiveIsPerson(tokens: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < Math.min(end, from + 5); k++) {
    const t = tokens[k]!;
    if (/^[,.;:()]$/.test(t.text)) return false;
    if (PERSON_TITLES.has(t.lower) && !ORG_NOUNS.has(t.lower) && !/^(said|says|according|partner|investor|lead|leader)$/.test(t.lower)) return true;
  }
  return false;
}
