import type { CompanyMention } from '../types.js';
import { dealStatus } from './deal-status.js';
import type { DealDraft } from './deal-draft.js';
import { pickAmount } from './pick-amount.js';
import type { SentenceContext } from './sentence-context.js';

const JV = /\bjoint[- ]venture\b|\bjv\b/;

/** Joint ventures: the members a sentence names beside "joint venture"/"JV"; a company named "... JV" is the venture. */
export function jointVentureDeals(s: SentenceContext, companies: CompanyMention[]): DealDraft[] {
  const m = JV.exec(s.lower);
  if (!m) return [];
  const all = [...new Set(s.mentions.map((x) => x.company))];
  const venture = all.find((c) => /\b(?:jv|joint venture)\b/i.test(companies[c]!.name));
  const members = all.filter((c) => c !== venture);
  if (members.length < 2 && venture === undefined) return [];
  return [{ type: 'joint_venture', subject: venture ?? null, counterparties: members, leads: [],
    amount: pickAmount(s.full, s.money, s.start), round: null, status: dealStatus(s.lower), sentence: s, confidence: 0.6 }];
}
