import type { DealDraft } from './deal-draft.js';

const differ = (a: DealDraft, b: DealDraft): boolean => {
  const x = a.amount?.usd ?? a.amount?.value, y = b.amount?.usd ?? b.amount?.value;
  return x != null && y != null && Math.abs(x - y) > 0.05 * Math.max(x, y);
};

const sameDeal = (a: DealDraft, b: DealDraft, owners: Map<number, number>, names?: string[]): boolean => {
  if (a.type !== b.type || Boolean(a.relation) !== Boolean(b.relation)) return false;
  // a deal the text places in the past, with other parties, is not the article's news about the same company
  if (a.past !== undefined && b.past !== undefined && a.past !== b.past && a.counterparties.length > 0 && b.counterparties.length > 0
    && !a.counterparties.some((c) => b.counterparties.includes(c))) return false;
  if (a.relation && a.counterparties.join() !== b.counterparties.join()) return false;
  if (a.type === 'joint_venture') {
    if (a.subject !== null && b.subject !== null) return a.subject === b.subject;
    return a.counterparties.some((c) => b.counterparties.includes(c) || c === b.subject) || (a.subject !== null && b.counterparties.includes(a.subject));
  }
  if (a.type === 'partnership') {
    if (a.subject !== null && a.subject === b.subject) return true;
    const top = (c: number): number => owners.get(c) ?? c;
    const bs = new Set(b.counterparties.map(top));
    const shared = new Set(a.counterparties.map(top).filter((c) => bs.has(c))).size;
    return shared >= 2;
  }
  const reversed = a.subject !== null && b.subject !== null && a.counterparties.includes(b.subject) && b.counterparties.includes(a.subject);
  if (a.type === 'acquisition' && reversed) return true;
  if (a.type === 'acquisition' && a.subject !== null && b.subject !== null && a.subject !== b.subject && names) {
    const x = names[a.subject]!, y = names[b.subject]!;
    const related = x.startsWith(`${y} `) || y.startsWith(`${x} `);
    if (related && a.counterparties.length > 0 && a.counterparties.join() === b.counterparties.join()) return true;
  }
  const sameSum = a.amount !== null && b.amount !== null && !differ(a, b) && a.amount.value === b.amount.value;
  if (sameSum && a.type !== 'fund' && a.sentence.paragraph === 0 && b.sentence.paragraph !== 0 && !a.relation) return true;
  return a.subject !== null && a.subject === b.subject && !differ(a, b)
    && (a.round === null || b.round === null || a.round === b.round);
};

/** One deal reported in several sentences becomes one: parties joined, first amount and round kept. */
export function mergeDeals(drafts: DealDraft[], owners: Map<number, number>, names?: string[]): DealDraft[] {
  const out: DealDraft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => sameDeal(o, d, owners, names));
    if (!same) { out.push({ ...d, counterparties: [...d.counterparties], leads: [...d.leads] }); continue; }
    for (const c of d.leads) if (!same.leads.includes(c)) same.leads.push(c);
    const keepBuyers = same.type === 'acquisition' && same.counterparties.length > 0;
    if (!keepBuyers) for (const c of d.counterparties) if (!same.counterparties.includes(c) && c !== same.subject) same.counterparties.push(c);
    same.counterparties = [...same.leads, ...same.counterparties.filter((c) => !same.leads.includes(c))];
    if (same.type !== 'joint_venture') same.amount ??= d.amount;
    same.round ??= d.round;
    same.valuation ??= d.valuation;
    same.totalRaised ??= d.totalRaised;
    same.confidence = Math.min(1, Math.max(same.confidence, d.confidence) + 0.1);
  }
  return out;
}
