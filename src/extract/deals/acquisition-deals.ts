import { dealStatus } from './deal-status.js';
import { at, type DealDraft } from './deal-draft.js';
import { pickAmount } from './pick-amount.js';
import { mentionAfter, mentionBefore, type SentenceContext } from './sentence-context.js';
import { listAfter, listBefore } from './mention-lists.js';

const ACTIVE = /\b(?:acquires|acquired|acquire|acquiring|buys|bought|buy|buying|purchases|purchased|purchase|purchasing|picks up|picked up|snaps up|snapped up|takes over|took over|take over|taking over|absorbs|absorbed|swallows|swallowed|gobbles up|gobbled up|scoops up|scooped up|buys into|bought into|takes control of|took control of|has taken a stake in|took a stake in|takes a stake in)\b/g;
const PASSIVE = /(?<!-)\b(?:acquired|bought|purchased|taken over|snapped up|picked up|owned|absorbed)(?: \w+)? by\s/g;
const NOMINAL = /\b(?:acquisition|purchase|takeover|buyout|buy-out|acquiring|sale)\s+(?:of|for)\s/g;
const OFFER = /\b(?:offer|bid) (?:for|to buy|to acquire)\s/g;
const SELL = /\b(?:sells|sold|sell|selling|offloads|offloaded|divests|divested|transfer|transfers|transferred)\b/g;
const MERGER = /\b(?:merger|merge|merges|merged|merging)\b/g;
const SALE_TO = /\b(?:asset |stake |share )?sale\s+to\s/g;
const ACCEPT = /\b(?:agree[sd]?|agreeing) to #|\baccept(?:s|ed|ing)? #|\brecommend(?:s|ed)? #/g;
const STAKE_SALE = /\b(?:sold|sells|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|dump(?:s|ed)|trim(?:s|med)|pare[sd]?)\b(?:[^.;]|\.\d){0,50}?\b(?:stakes?|shares?|holdings?)\s+(?:in|of)\s/g;
const NEGATED = /\b(?:not|never|no longer|denied|deny|rejected|walked away|called off|abandoned|scrapped|terminated|failed|withdr[ae]wn?|dropped|lost|beat|tried|attempted|tries)\b/;

/** Acquisitions: "X acquires Y", "Y was acquired by X", "X's takeover of Y", "sale of Y to X", "X and Y merger". */
export function acquisitionDeals(s: SentenceContext, fallback: number | null): DealDraft[] {
  const out: DealDraft[] = [];
  const base = { type: 'acquisition' as const, round: null, status: dealStatus(s.lower), sentence: s, leads: [] as number[] };
  const add = (target: number | undefined, buyer: number | undefined, from: number, confidence: number): void => {
    if (target === undefined || target === buyer || out.some((d) => d.subject === target)) return;
    const other = s.mentions.find((x) => x.start > from && x.company !== target && x.company !== buyer);
    out.push({ ...base, subject: target, counterparties: buyer === undefined ? [] : [buyer],
      amount: pickAmount(s.full, s.money, from, other?.start), confidence });
  };
  for (const m of s.lower.matchAll(PASSIVE)) {
    const end = at(s, m) + m[0].length;
    const buyer = mentionAfter(s, end);
    const target = mentionBefore(s, at(s, m));
    if (buyer && buyer.start - end < 6) add(target?.company, buyer.company, at(s, m), 0.7);
  }
  for (const m of s.lower.matchAll(ACTIVE)) {
    if (/^\s*by\b/.test(s.lower.slice(m.index + m[0].length))) continue;
    if (NEGATED.test(s.lower.slice(Math.max(0, m.index - 25), m.index))) continue;
    const end = at(s, m) + m[0].length;
    const target = mentionAfter(s, end);
    if (!target || target.start - end >= 45) continue;
    if (/\b(?:that|which|who|whom|then|to|back|with|into|its own|his|her)\b/.test(s.lower.slice(end - s.start, target.start - s.start))) continue;
    const from = /\bfrom\s+$/.test(s.lower.slice(target.start - s.start - 8, target.start - s.start));
    const named = mentionBefore(s, at(s, m), target.company)?.company;
    const pronoun = /^(?:[“"]?\s*)(?:in \d{4}, )?(?:it|the (?:company|startup|firm|group))\b/.test(s.lower);
    const buyer = named ?? (pronoun && fallback !== target.company ? fallback ?? undefined : undefined);
    add(target.company, buyer, end, from ? 0.5 : 0.75);
  }
  for (const m of [...s.lower.matchAll(NOMINAL), ...s.lower.matchAll(OFFER)]) {
    const end = at(s, m) + m[0].length;
    if (NEGATED.test(s.lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    const target = mentionAfter(s, end);
    if (!target || target.start - end > 25) continue;
    const by = /^[^,;]{0,25}?\b(?:by|to)\s/.exec(s.lower.slice(target.end - s.start, target.end - s.start + 30));
    const byBuyer = by ? mentionAfter(s, target.end + by[0].length) : undefined;
    const buyer = byBuyer && byBuyer.start - target.end - by![0].length < 5 ? byBuyer : mentionBefore(s, at(s, m));
    add(target.company, buyer?.company, at(s, m), 0.65);
  }
  for (const m of s.lower.matchAll(SELL)) {
    const end = at(s, m) + m[0].length;
    const to = /\bto\s/.exec(s.lower.slice(end - s.start, end - s.start + 80));
    if (!to) continue;
    const toPos = end + to.index;
    const buyer = mentionAfter(s, toPos);
    const seller = mentionBefore(s, at(s, m));
    const object = s.mentions.find((x) => x.start >= end && x.end <= toPos);
    if (NEGATED.test(s.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    const descriptor = buyer ? /^to\s+(?:(?:the|a|an|its|rival|(?!be\b|become\b|have\b)[a-z][\w-]*)\s+){0,3}$/.test(s.lower.slice(toPos - s.start, buyer.start - s.start)) : false;
    if (buyer && descriptor) add((object ?? seller)?.company, buyer.company, end, 0.6);
  }
  for (const m of s.lower.matchAll(SALE_TO)) {
    const end = at(s, m) + m[0].length;
    const buyer = mentionAfter(s, end);
    const owner = mentionBefore(s, at(s, m), buyer?.company);
    if (buyer && owner && buyer.start - end < 5 && at(s, m) - owner.end < 80) add(owner.company, buyer.company, at(s, m) - 40, 0.55);
  }
  for (const m of s.lower.matchAll(ACCEPT)) {
    const buyer = mentionAfter(s, at(s, m) + m[0].length - 1);
    const target = mentionBefore(s, at(s, m));
    const offer = buyer && /^[’'](?:s)?\s+(?:[\w-]+\s+){0,3}(?:offer|bid|proposal|takeover|buyout)\b/.test(s.full.slice(buyer.end, buyer.end + 50));
    if (buyer && target && offer) add(target.company, buyer.company, at(s, m), 0.7);
  }
  for (const m of s.lower.matchAll(STAKE_SALE)) {
    const seller = mentionBefore(s, at(s, m))?.company;
    for (const target of listAfter(s, at(s, m) + m[0].length)) {
      add(target, undefined, at(s, m), 0.5);
      // whoever sells a stake once invested in the company
      const planned = /\bto\s+$/.test(s.lower.slice(Math.max(0, m.index - 6), m.index));
      if (seller !== undefined && seller !== target && !planned) {
        out.push({ ...base, type: 'funding', subject: target, counterparties: [seller], amount: null, confidence: 0.3, relation: true, status: 'completed' });
      }
    }
  }
  if (out.length === 0 && !/\bspac\b|go(?:es|ing)? public|went public|listing|debut|blank-check|special purpose acquisition/.test(s.lower)) {
    for (const m of s.lower.matchAll(MERGER)) {
      if (NEGATED.test(s.lower.slice(Math.max(0, m.index - 30), m.index))) break;
      const withAfter = /^\s+with\s/.test(s.lower.slice(m.index + m[0].length));
      if (withAfter) {
        const partner = mentionAfter(s, at(s, m) + m[0].length);
        const other = mentionBefore(s, at(s, m), partner?.company);
        const possessive = other && /^[’']s\s+(?:[\w-]+\s+){0,3}$/.test(s.full.slice(other.end, at(s, m)));
        if (possessive) add(partner?.company, other.company, at(s, m), 0.5);
        else add(other?.company, partner?.company, at(s, m), 0.5);
        break;
      }
      const of = /^\s+(?:of|between)\s/.test(s.lower.slice(m.index + m[0].length));
      const parties = of ? listAfter(s, at(s, m) + m[0].length) : listBefore(s, at(s, m));
      const adjacent = of || /^\s*$/.test(s.full.slice(s.mentions.filter((x) => x.end <= at(s, m)).pop()?.end ?? 0, at(s, m)));
      if (parties.length < 2 || !adjacent) continue;
      add(parties[1], parties[0], at(s, m), 0.5);
      break;
    }
  }
  return out;
}
