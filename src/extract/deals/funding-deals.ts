import { findRound } from './find-round.js';
import { dealStatus } from './deal-status.js';
import { at, type DealDraft } from './deal-draft.js';
import { investorMentions } from './investor-mentions.js';
import { pickAmount } from './pick-amount.js';
import { mentionAfter, mentionBefore, type SentenceContext } from './sentence-context.js';
import { listAfter, listBefore } from './mention-lists.js';

const RAISE = /\b(?:raises|raised|raise|raising|obtains|obtained|secures|secured|secure|securing|bags|bagged|lands|landed|nabs|nabbed|snags|snagged|scores|scored|gets|got|receives|received|attracts|attracted|picks up|picked up|closes|closed|completes|completed|announces|announced|wins|won)\b/g;
const MONEY_VERB = /^(?:rais|secur|bag|land|nab|snag|scor)/;
const FUNDING_NOUN = /\b(?:funding|round|investment|financing|series [a-h]|seed|(?<!working )capital(?! of)|backing|debt|loan|grant|pre-series)\b/;
const TOTAL = /\b(?:in total|a total|total of|to date|so far|altogether|cumulative|overall|bringing|brings|since (?:its (?:founding|launch|inception)|(?:it was )?(?:founded|launched|started|set up)|(?:19|20)\d\d)|has raised more than \$[\d.]+ (?:billion|million) in)\b/;
const INVEST = /\b(?:invests|invested|investing|invest|pumps|pumped|pump|injects|injected|inject|injecting|pours|poured|pour|puts|put|leads|led|co-led|backs|backed|funds|funded|participated)\b(?:[^.;]|\.\d){0,70}?\b(?:in|into)\s/g;
const NOMINAL = /(?:\$|€|£|¥|₹|\d)[\d.,]*\s*(?:[mb]n?|million|billion|crore)?\s+(?:capital raise|raise|funding round|round|investment|financing|funding)\b[^.;]{0,70}?\b(?:for|into|in)\s/g;
const RAISED_BY = /\b(?:round|funding|financing|investment)\s+(?:was\s+)?(?:raised|secured|closed|bagged)\s+by\s/g;
const BACK = /(?<!-)\b(?:back|backs|backed|bankroll|bankrolls|bankrolled|finance|finances|financed)\s(?!by\b)/g;
const ITS_INVESTOR = /\b(?:its|their)\s+(?:\w+\s+)?(?:investor|backer|shareholder|parent)\s+(?=#)/g;
const PORTFOLIO = /\bportfolio\b[^.;]{0,80}?\b(?:includes?|including|such as|like)\b/g;
const HOLDS = /\b(?:own|owns|owned|hold|holds|held)\s+(?:an?\s+)?(?:[\d.]+\s?%|majority|minority|controlling)/g;
const RELATION = /\b(?:an? )?(?:investors?|backers?|shareholders?) (?:in|of)\s/g;
const PRONOUN_START = /^(?:[“"]?\s*)(?:it|the firm|the fund|the investor|the (?:company|startup|firm|platform|business|group)|the [\w-]+ (?:startup|company|firm|platform))\b/;
const HEDGED_TOTAL = /\b(?:has|have)\s+(?:now\s+)?raised\s+(?:about|around|roughly|nearly|almost|some|more than|over|upwards of|north of|close to)\s/;
const CLAUSE_PRONOUN = /(?:^\s*|\b(?:after|when|as|since|before|while|and|but|because|where)\s+)(?:it|the (?:company|startup|firm)|the [\w-]+ (?:startup|company|firm))\s+(?:[\w’'-]+\s+){0,7}$/;
const INVESTORS_ONLY = /\b(?:round|funding|investment|financing)\b[^.]*\b(?:led by|co-led by|participation|participated|joined|funded by|backed by|financed by)\b|\b(?:led|co-led|joined|participated in) the (?:round|investment|financing)\b|\bother investors\b|\b(?:investors|participants|backers) (?:in the (?:latest |new )?round )?(?:include|included|were|are)\b/;

/** Funding: "X raises $N led by Y", "Y invests $N in X", "Y, an investor in X", "The round was led by Y". */
export function fundingDeals(s: SentenceContext, primary: number | null): DealDraft[] {
  const out: DealDraft[] = [];
  const base = { type: 'funding' as const, round: findRound(s.text), status: dealStatus(s.lower), sentence: s };
  const roundNear = (from: number, to: number): string | null => findRound(s.full.slice(Math.max(s.start, from - 50), Math.min(s.end, to)));
  for (const m of s.lower.matchAll(RAISE)) {
    const rest = s.lower.slice(m.index + m[0].length, m.index + m[0].length + 90);
    const verb = m[0];
    const hasMoney = s.money.some((x) => x.start >= at(s, m) && x.start - at(s, m) < 90);
    if (!(FUNDING_NOUN.test(rest) || (MONEY_VERB.test(verb) && hasMoney))) continue;
    if (/^\s*(?:a|an|its|the|their|his|her)?\s*(?:new |first |second |third |\S+ )?(?:\$\S+ |\S+ (?:million|billion) )?fund\b/.test(rest)) continue;
    // a total to date is no new round: look from just before the verb to the end of its clause
    const clauseEnd = s.lower.slice(m.index + m[0].length).search(/[,;]/);
    if (TOTAL.test(s.lower.slice(Math.max(0, m.index - 30), m.index + m[0].length + (clauseEnd < 0 ? 60 : Math.min(60, clauseEnd))))) continue;
    if (/\b(?:money|funds|capital|amount|cash|sum|the|was|were|been|be)\s+$/.test(s.lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    const near = subjectBefore(s, at(s, m));
    const gap = near ? s.full.slice(near.end, at(s, m)).replace(/^[.\s]*(?:ltd|inc|llc|limited|corp|co|pvt|plc|gmbh)?\.?(?=,)/i, '').replace(/\s*\([^()]*\)/g, '') : '';
    const close = near && (gap.length <= 80 || (gap.length <= 160 && /^,[^]*(?:,\s*(?:\w+\s+)?|\b(?:which|that|who)\s+(?:\w+\s+)?)$/.test(gap)));
    let subject = close ? near.company : null;
    const objectOnly = near && /\b(?:from|of|by|with|at|to|for)\s+$/.test(s.lower.slice(Math.max(0, near.start - s.start - 8), near.start - s.start));
    const comma = s.lower.indexOf(',');
    const pronounSubject = PRONOUN_START.test(s.lower) && !s.mentions.some((x) => comma < 0 || x.start < s.start + comma);
    if ((subject === null || objectOnly || pronounSubject) && PRONOUN_START.test(s.lower)) subject = primary;
    else if (subject === null && clausePronoun(s, m.index)) subject = primary;
    if (subject === null) continue;
    const inv = investorMentions(s, subject, at(s, m));
    const other = s.mentions.find((x) => x.start > at(s, m) && x.company !== subject && !inv.all.includes(x.company));
    const opened = s.full.lastIndexOf(')', at(s, m));
    const round = roundNear(opened >= s.start && at(s, m) - opened < 50 ? opened + 50 : at(s, m), windowStop(s, at(s, m) + m[0].length + 30));
    const amount = pickAmount(s.full, s.money, at(s, m), other?.start);
    // one sentence may state two rounds of one company ("landed $5M in Series A ... now announced $60M in Series B")
    const distinct = (d: DealDraft): boolean => d.round !== null && round !== null && d.round !== round
      && d.amount !== null && amount !== null && d.amount.value !== amount.value;
    if (out.some((d) => d.subject === subject && !distinct(d))) continue;
    // "has raised about €85 million" with no round named: a hedged total to date, not a round
    if (round === null && HEDGED_TOTAL.test(s.lower.slice(Math.max(0, m.index - 12), m.index + m[0].length + 30))) continue;
    out.push({ ...base, subject, counterparties: inv.all, leads: inv.leads, round, amount, confidence: 0.8, at: at(s, m) });
  }
  if (out.length === 0) {
    for (const m of s.lower.matchAll(NOMINAL)) {
      const end = at(s, m) + m[0].length;
      const subject = mentionAfter(s, end);
      if (!subject || subject.start - end > 90) continue;
      out.push({ ...base, subject: subject.company, counterparties: [], leads: [], amount: pickAmount(s.full, s.money, at(s, m) - 40),
        confidence: 0.5 });
      break;
    }
  }
  if (!out.some((d) => d.confidence >= 0.7)) {
    for (const m of s.lower.matchAll(INVEST)) {
      const end = at(s, m) + m[0].length;
      const subject = mentionAfter(s, end);
      const named = mentionBefore(s, at(s, m));
      const investor = named?.company ?? (PRONOUN_START.test(s.lower) ? primary : null);
      if (!subject || investor === null || subject.company === investor) continue;
      if (subject.start - end > 40) continue;
      if (out.some((d) => d.subject === subject.company)) continue;
      const inv = investorMentions(s, subject.company, subject.end);
      const cps = [investor, ...inv.all.filter((c) => c !== investor)];
      const list = listAfter(s, end);
      const amount = list.length > 1 ? null : pickAmount(s.full, s.money, at(s, m));
      for (const c of list.length > 1 ? list : [subject.company]) {
        out.push({ ...base, subject: c, counterparties: list.length > 1 ? [investor] : cps,
          leads: /\blead|led\b/.test(m[0]) ? [investor] : [], amount, confidence: 0.7 });
      }
      break;
    }
  }
  for (const m of s.lower.matchAll(RAISED_BY)) {
    const end = at(s, m) + m[0].length;
    const subject = mentionAfter(s, end);
    if (!subject || subject.start - end > 50 || out.some((d) => d.subject === subject.company)) continue;
    out.push({ ...base, subject: subject.company, counterparties: [], leads: [], round: roundNear(at(s, m) - 40, end),
      amount: pickAmount(s.full, s.money, at(s, m) - 40, end), confidence: 0.6 });
  }
  for (const m of s.lower.matchAll(BACK)) {
    const end = at(s, m) + m[0].length;
    const subject = mentionAfter(s, end);
    if (!subject || subject.start - end > 50 || out.some((d) => d.subject === subject.company)) continue;
    const clause = Math.max(0, ...[...s.lower.slice(0, m.index).matchAll(/[,;]/g)].map((x) => x.index + 1));
    const investors = s.mentions.filter((x) => x.start >= s.start + clause && x.end <= at(s, m)).map((x) => x.company);
    if (investors.length === 0) continue;
    out.push({ ...base, subject: subject.company, counterparties: [...new Set(investors)], leads: [], round: roundNear(end, windowStop(s, end)),
      amount: pickAmount(s.full, s.money, end, windowStop(s, end)), confidence: 0.6 });
  }
  for (const m of s.lower.matchAll(ITS_INVESTOR)) {
    const investor = mentionAfter(s, at(s, m) + m[0].length);
    const owner = mentionBefore(s, at(s, m))?.company ?? primary;
    if (!investor || investor.start - (at(s, m) + m[0].length) > 2 || owner === null || owner === investor.company) continue;
    out.push({ ...base, subject: owner, counterparties: [investor.company], leads: [], amount: null, round: null, confidence: 0.4, relation: true });
  }
  for (const m of s.lower.matchAll(PORTFOLIO)) {
    const investor = mentionBefore(s, at(s, m))?.company ?? (PRONOUN_START.test(s.lower) ? primary : null);
    if (investor === null) continue;
    for (const x of s.mentions) {
      if (x.start < at(s, m) || x.company === investor || out.some((d) => d.subject === x.company)) continue;
      const rest = s.full.slice(x.end, x.end + 3);
      if (/^[’']s/.test(rest) || /\([^)]*$/.test(s.full.slice(at(s, m), x.start))) continue;
      out.push({ ...base, subject: x.company, counterparties: [investor], leads: [], amount: null, round: null, confidence: 0.35, relation: true });
    }
  }
  for (const m of s.lower.matchAll(HOLDS)) {
    const end = at(s, m) + m[0].length;
    const held = /^[^.;,]{0,25}?\b(?:in|of)\s+$/.test(s.lower.slice(m.index + m[0].length, m.index + m[0].length + 30))
      ? mentionAfter(s, end) : undefined;
    const target = held && held.start - end < 35 ? held.company : primary;
    const near = s.mentions.filter((x) => x.end <= at(s, m)).pop();
    if (!near || target === null || /[.;]/.test(s.full.slice(near.end, at(s, m))) || at(s, m) - near.end > 20) continue;
    for (const holder of listBefore(s, near.end)) {
      if (holder === target || out.some((d) => d.subject === target && d.counterparties.includes(holder))) continue;
      out.push({ ...base, subject: target, counterparties: [holder], leads: [], amount: null, round: null, confidence: 0.35, relation: true });
    }
  }
  for (const m of s.lower.matchAll(RELATION)) {
    const end = at(s, m) + m[0].length;
    const subject = mentionAfter(s, end);
    const investor = mentionBefore(s, at(s, m));
    if (!subject || !investor || subject.start - end > 30 || subject.company === investor.company) continue;
    out.push({ ...base, subject: subject.company, counterparties: [investor.company], leads: [], amount: null, round: null, confidence: 0.4, relation: true });
  }
  for (const m of s.text.matchAll(/([\p{Lu}][\p{L}\p{N}.&+]*)-backed\s/gu)) {
    const investor = s.mentions.find((x) => x.start === at(s, m));
    const subject = mentionAfter(s, at(s, m) + m[0].length);
    if (!investor || !subject || subject.start - (at(s, m) + m[0].length) > 25) continue;
    out.push({ ...base, subject: subject.company, counterparties: [investor.company], leads: [], amount: null, round: null, confidence: 0.4, relation: true });
  }
  for (const m of s.lower.matchAll(/\b(?:backed|funded) by\s/g)) {
    const investor = mentionAfter(s, at(s, m) + m[0].length);
    if (!investor || investor.start - (at(s, m) + m[0].length) > 5) continue;
    const near = mentionBefore(s, at(s, m), investor.company);
    for (const subject of near ? listBefore(s, near.end) : []) {
      if (subject === investor.company || out.some((d) => d.subject === subject)) continue;
      out.push({ ...base, subject, counterparties: [investor.company], leads: [], amount: null, round: null, confidence: 0.4, relation: true });
    }
  }
  if (out.length === 0 && INVESTORS_ONLY.test(s.lower)) {
    const inv = investorMentions(s, null, s.start);
    const round = /\b(?:round|funding|investment|financing)\b/.exec(s.lower);
    const own = round ? s.mentions.find((x) => x.end <= s.start + round.index && !inv.all.includes(x.company)) : undefined;
    if (inv.all.length > 0) {
      out.push({ ...base, subject: own?.company ?? null, counterparties: inv.all, leads: inv.leads,
        amount: pickAmount(s.full, s.money, s.start), confidence: 0.5, investorsOnly: own === undefined });
    }
  }
  return out;
}

/** The nearest mention before `pos`, skipping names inside a parenthesis closed before it. */
function subjectBefore(s: SentenceContext, pos: number): ReturnType<typeof mentionBefore> {
  let best: ReturnType<typeof mentionBefore>;
  for (const x of s.mentions) {
    if (x.end > pos) break;
    const gap = s.full.slice(x.end, pos);
    if ((gap.match(/\)/g)?.length ?? 0) > (gap.match(/\(/g)?.length ?? 0)) continue;
    best = x;
  }
  return best;
}

/** "..., it raised", "after the company raised", "the startup said it was in talks to raise": the verb's clause names no company but a pronoun for one. */
function clausePronoun(s: SentenceContext, index: number): boolean {
  const start = Math.max(0, ...[...s.lower.slice(0, index).matchAll(/[,;(]/g)].map((x) => x.index + 1));
  if (s.lower.slice(start, index).includes('#')) return false;
  return CLAUSE_PRONOUN.test(s.lower.slice(start, index));
}

/** The end of the clause after `from` (next comma or semicolon). */
function windowStop(s: SentenceContext, from: number): number {
  const m = /[;]|,\s+(?!(?:attracting|raising|securing|bringing|with|in)\b)/.exec(s.lower.slice(from - s.start));
  return m ? from + m.index : s.end;
}
