import type { DealDraft } from './deal-draft.js';

const EXAMPLES = /\b(?:such as|including|like|among them)\b/;

/**
 * "X has previously obtained investment from companies such as A, B and C": past investments given as examples, with
 * no round and no sum that would make them one deal, are one deal per investor.
 */
export function splitExamples(deals: DealDraft[]): DealDraft[] {
  return deals.flatMap((d) => {
    const split = d.type === 'funding' && d.past && !d.relation && d.amount === null && d.round === null
      && d.counterparties.length > 1 && EXAMPLES.test(d.sentence.lower);
    return split ? d.counterparties.map((c) => ({ ...d, counterparties: [c], leads: d.leads.filter((x) => x === c) })) : [d];
  });
}
