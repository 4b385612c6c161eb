import type { ResolvedCompanies } from '../companies/resolve-companies.js';
import type { ReadText } from '../read-tokens.js';
import type { Deal, MoneyMention } from '../types.js';
import { splitExamples } from './split-examples.js';
import { roundAttributes } from './round-attributes.js';
import { clauseAround, dealDate, pastDeal } from './deal-time.js';
import { acquisitionDeals } from './acquisition-deals.js';
import { companyMentions } from './company-mentions.js';
import type { DealDraft } from './deal-draft.js';
import { fillAmounts } from './fill-amounts.js';
import { fundDeals } from './fund-deals.js';
import { fundingDeals } from './funding-deals.js';
import { ipoDeals } from './ipo-deals.js';
import { jointVentureDeals } from './joint-venture-deals.js';
import { mergeDeals } from './merge-deals.js';
import { partnershipDeals } from './partnership-deals.js';
import { sentenceContexts } from './sentence-context.js';
import { nextTopic } from './next-topic.js';
import { pickAmount } from './pick-amount.js';
import { sourceCompanies } from './outlets.js';
import { companyOwners } from './owners.js';

/** "The deal is worth ..." right after a deal gives that deal's price. */
const DEAL_WORTH = /^(?:the|this|that) (?:deal|transaction|acquisition|purchase|takeover|sale|investment|round|agreement)\b[^.]{0,40}?\b(?:worth|valued at|values|valuing)\b/;

/** A sentence without one of these stems states no deal (a cheap gate before the deal rules). */
const DEAL_WORDS = /rais|obtain|develop|co-|secur|bag|land|nab|snag|scor|got|gets|receiv|attract|pick|clos|complet|announc|won|wins|invest|pump|inject|pour|put|lead|led|back|fund|financ|bankroll|round|series|seed|angel|debt|portfolio|sharehold|stake|acqui|buy|bought|purchas|snap|take|took|absorb|swallow|gobbl|control|owned|sale|sell|sold|offload|divest|dump|trim|pare|merg|offer|bid|agree|accept|recommend|partner|team|collaborat|allian|tie|agreement|sign|forces|work|integrat|cooperat|deal|joint|jv|ipo|public|listing|list|debut|spac|bound|worth|valued|valuing|unit|parent/;

/** The deals an article reports, sentence by sentence, merged, with salience. */
export function findDeals(read: ReadText, resolved: ResolvedCompanies, money: MoneyMention[], published: string | null): Deal[] {
  const { companies } = resolved;
  const allMentions = companyMentions(read.text, companies);
  const sources = sourceCompanies(read.text, allMentions);
  const owners = companyOwners(read.text, allMentions, companies.map((c) => c.name));
  const sentences = sentenceContexts(read, allMentions.filter((m) => !sources.has(m.company)), money);
  const titleMention = sentences[0]?.mentions[0]?.company;
  const counts = companies.map((c) => c.mentions);
  const primary = titleMention ?? (counts.length ? counts.indexOf(Math.max(...counts)) : null);
  const drafts: DealDraft[] = [];
  let lastNamed: number | null = null;
  for (const s of sentences) {
    const topic = lastNamed;
    if (s.mentions.length > 0) lastNamed = nextTopic(s, primary, lastNamed);
    const back = drafts[drafts.length - 1];
    if (back && back.amount === null && back.type !== 'partnership' && s.index - back.sentence.index === 1 && DEAL_WORTH.test(s.lower)) {
      back.amount = pickAmount(s.full, s.money, s.start);
    }
    if ((s.mentions.length === 0 && !/^\W*(?:it|the|this|its)\b/.test(s.lower)) || !DEAL_WORDS.test(s.lower)) continue;
    const found = [...fundDeals(s), ...jointVentureDeals(s, companies), ...acquisitionDeals(s, topic ?? primary), ...ipoDeals(s, topic ?? primary)];
    const funding = fundingDeals(s, topic ?? primary)
      .filter((f) => !found.some((d) => (d.type === 'acquisition' || d.type === 'ipo' || d.type === 'fund') && d.subject === f.subject));
    found.push(...funding);
    if (!found.some((d) => d.type === 'joint_venture')) found.push(...partnershipDeals(s));
    for (const d of found) { 
      if (d.investorsOnly) {
        const last = [...drafts].reverse().find((x) => x.type === 'funding' && x.subject !== null && s.index - x.sentence.index <= 3)
          ?? drafts.find((x) => x.type === 'funding' && x.subject !== null && x.sentence.paragraph === 0);
        if (last) { d.subject = last.subject; d.amount ??= last.amount; } else continue;
      }
      if (d.anaphoric) {
        const last = [...drafts].reverse().find((x) => (x.type === d.type || x.type === 'joint_venture')
          && x.counterparties.some((c) => d.counterparties.includes(c)));
        if (last && last.type === d.type) for (const c of d.counterparties) if (!last.counterparties.includes(c)) last.counterparties.push(c);
        if (last || d.anaphoric === 'only') continue;
      }
      drafts.push(d);
    }
  }
  for (const d of drafts) {
    if (d.investorsOnly) continue;
    const s = d.sentence;
    const clause = d.at === undefined ? s.text : clauseAround(s.full, s.start, s.end, d.at);
    d.date = dealDate(clause, published);
    d.past = pastDeal(clause, d.date, published);
  }
  roundAttributes(drafts);
  const ventures = new Set(drafts.filter((d) => d.type === 'joint_venture' && d.subject !== null).map((d) => d.subject));
  const merged = splitExamples(mergeDeals(drafts.filter((d) => d.type === 'joint_venture' || !ventures.has(d.subject)), owners, companies.map((c) => c.name))
    .filter((d) => d.type !== 'partnership' || new Set(d.counterparties.map((c) => owners.get(c) ?? c)).size >= 2));
  fillAmounts(merged, sentences);
  const mainSubjects = new Set(merged.filter((d) => d.sentence.paragraph === 0 && !d.past).map((d) => `${d.type}:${d.subject}`));
  const names = companies.map((c) => c.name);
  // the article's own news first, then deals mentioned in passing, then deals its words place in the past
  const rank = (d: Deal, past: boolean | undefined): number => (d.salience === 'main' ? 0 : past ? 2 : 1);
  return merged.map((d) => ({ d, deal: toDeal(d, names, mainSubjects) }))
    .sort((a, b) => rank(a.deal, a.d.past) - rank(b.deal, b.d.past)).map((x) => x.deal);
}

function toDeal(d: DealDraft, names: string[], mainSubjects: Set<string>): Deal {
  const s = d.sentence;
  const main = !d.past && (s.paragraph <= 1 || mainSubjects.has(`${d.type}:${d.subject}`));
  return {
    type: d.type,
    subject: d.subject === null ? d.subjectName ?? null : names[d.subject]!,
    counterparties: d.counterparties.filter((c) => c !== d.subject).map((c) => names[c]!),
    leadInvestors: d.leads.map((c) => names[c]!),
    amount: d.amount,
    round: d.type === 'funding' ? d.round : null,
    status: d.status,
    salience: main ? 'main' : 'background',
    date: d.date ?? null,
    ...(d.type === 'funding' ? { valuation: d.valuation ?? null, totalRaised: d.totalRaised ?? null } : {}),
    evidence: s.text,
    evidenceStart: s.start,
    evidenceEnd: s.end,
    confidence: +d.confidence.toFixed(2),
  };
}
