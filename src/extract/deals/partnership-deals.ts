import { dealStatus } from './deal-status.js';
import type { DealDraft } from './deal-draft.js';
import { type SentenceContext } from './sentence-context.js';
import { listAfter, listBefore } from './mention-lists.js';

const PARTNER = /\b(?:partner(?:s|ed|ing)? (?:with|on|to)|(?:strategic |commercial |global |new |official )?partnerships?|team(?:s|ed)? up|collaborat\w+|alliance|tie-up|ties up|tied up|agreement with|signs? (?:an? )?(?:deal|agreement|pact|mou|memorandum)|signed (?:an? )?(?:deal|agreement|pact|mou|memorandum)|join(?:s|ed)? forces|work(?:s|ed|ing)? (?:together|closely with|with)|integrat\w+ (?:with|into)|strategic cooperation|cooperation agreement|licensing deal|distribution deal)\b/;
/** "is set to be developed by X and Y", "co-developed by X and Y": companies making one thing together. */
const JOINTLY_BY = /\b(?:co-developed|co-created|(?:jointly |to be |will be |being )(?:developed|produced|built|marketed|launched|made))\s+(?:jointly\s+)?by\s/;
const BECOME_PARTNER = /\b(?:become|becomes|became|becoming|as|named|is|was)\s+(?:an?|the|its)\s+(?:[a-z-]+\s+)?#+\s+partner\b/;
const NEGATED = /\b(?:not|never|ended|terminated|broke off|denied)\b/;

/** Partnerships: all companies a sentence names beside a partnering phrase. */
export function partnershipDeals(s: SentenceContext): DealDraft[] {
  const become = BECOME_PARTNER.exec(s.lower);
  if (become) {
    const inside = s.mentions.find((x) => x.start >= s.start + become.index && x.end <= s.start + become.index + become[0].length);
    const other = inside ? mentionBeforeOther(s, s.start + become.index, inside.company) : undefined;
    if (inside && other !== undefined) return [{ type: 'partnership', subject: null, counterparties: [other, inside.company], leads: [],
      amount: null, round: null, status: dealStatus(s.lower), sentence: s, confidence: 0.5 }];
  }
  const jointly = JOINTLY_BY.exec(s.lower);
  if (jointly && !NEGATED.test(s.lower)) {
    const makers = listAfter(s, s.start + jointly.index + jointly[0].length);
    if (makers.length >= 2) return [{ type: 'partnership', subject: null, counterparties: makers, leads: [], amount: null, round: null,
      status: dealStatus(s.lower), sentence: s, confidence: 0.45 }];
  }
  const m = PARTNER.exec(s.lower);
  // a negation counts only where it governs the partnering words ("did not partner"), not elsewhere in the sentence
  if (!m || /joint venture|\bjv\b/.test(s.lower) || NEGATED.test(s.lower.slice(Math.max(0, m.index - 25), m.index))) return [];
  const pos = s.start + m.index;
  const from = s.start + clauseStart(s.lower, m.index);
  const to = s.start + clauseEnd(s.lower, m.index + m[0].length);
  const inClause = s.mentions.filter((x) => x.start >= from && x.end <= to);
  const left = [...new Set(inClause.filter((x) => x.end <= pos).map((x) => x.company))];
  const right = [...new Set(inClause.filter((x) => x.start >= pos).map((x) => x.company))].filter((c) => !left.includes(c));
  const withNext = /\bwith\b/.test(m[0] + s.lower.slice(m.index + m[0].length, m.index + m[0].length + 6));
  const firstRight = inClause.find((x) => x.start >= pos);
  if (withNext && (right.length === 0 || firstRight!.start - pos - m[0].length > 40)) return [];
  const anaphoric = /\b(?:the|this|that|new)\s+(?:\S+\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 20), m.index))
    ? (withNext ? 'join' as const : 'only' as const) : undefined;
  const nominal = /^(?:(?:strategic |commercial |global |new |official )?partnerships?|collaborat\w+|alliance|tie-up|strategic cooperation)$/.test(m[0]);
  if (nominal && !withNext && !/^\W*(?:between|among)\b/.test(s.lower.slice(m.index + m[0].length))) {
    // "X and Y did not disclose the terms of their partnership": the sentence's subjects are the partners
    const subjects = /\btheir\s+(?:\S+\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 30), m.index)) && s.mentions[0]
      && /^\W*$/.test(s.full.slice(s.start, s.mentions[0].start)) ? listAfter(s, s.start) : [];
    if (subjects.length >= 2) return [{ type: 'partnership', subject: null, counterparties: subjects, leads: [], amount: null, round: null,
      status: dealStatus(s.lower), sentence: s, confidence: 0.45 }];
    const joined = listBefore(s, pos);
    if (joined.length < 2 || pos - (s.mentions.filter((x) => x.end <= pos).pop()?.end ?? 0) > 12) return [];
    return [{ type: 'partnership', subject: null, counterparties: joined, leads: [], amount: null, round: null,
      status: dealStatus(s.lower), sentence: s, confidence: 0.5 }];
  }
  const make = (parties: number[]): DealDraft => ({ type: 'partnership', subject: null, counterparties: parties, leads: [],
    amount: null, round: null, status: dealStatus(s.lower), sentence: s, confidence: 0.5, anaphoric });
  const listed = withNext ? listAfter(s, pos + m[0].length).filter((c) => !left.includes(c)) : right;
  const possessed = left.length === 2 && /^[’']s\s+$/.test(s.full.slice(inClause.find((x) => x.company === left[0])!.end, inClause.find((x) => x.company === left[1])!.start));
  if ((left.length === 1 || possessed) && listed.length >= 2 && withNext) return listed.map((c) => make([...left, c]));
  if (withNext && listed.length > 0) return [make([...left.slice(-2), ...listed])];
  const parties = [...left.slice(-2), ...right.slice(0, 3)];
  return parties.length >= 2 ? [make(parties)] : [];
}

const BOUNDARY = /;|, which\b|, who\b|, but\b| but\b|, while\b| while\b|, although\b|, as\b|\. |, and (?=\w+ (?:is|was|has|said))/g;

function clauseStart(lower: string, at: number): number {
  let start = 0;
  for (const m of lower.slice(0, at).matchAll(BOUNDARY)) start = m.index + m[0].length;
  return start;
}

function clauseEnd(lower: string, from: number): number {
  BOUNDARY.lastIndex = 0;
  const m = new RegExp(BOUNDARY.source).exec(lower.slice(from));
  return m ? from + m.index : lower.length;
}

function mentionBeforeOther(s: SentenceContext, pos: number, except: number): number | undefined {
  return s.mentions.filter((x) => x.end <= pos && x.company !== except).pop()?.company;
}
