import type { Deal } from '../extract/types.js';

const partyRole = (deal: Deal, name: string): string => {
  switch (deal.type) {
    case 'funding': return deal.leadInvestors.includes(name) ? 'lead_investor' : 'investor';
    case 'acquisition': return 'acquirer';
    case 'joint_venture': return 'member';
    default: return 'partner';
  }
};

/** The deal's subject and party ids through resolved names. */
export function dealCompanyIds(deal: Deal, ids: Map<string, number | null>) {
  const subjectId = deal.subject ? ids.get(deal.subject) ?? null : null;
  const parties: { id: number; role: string }[] = [];
  for (const name of deal.counterparties) {
    const id = ids.get(name) ?? null;
    if (id !== null && id !== subjectId) parties.push({ id, role: partyRole(deal, name) });
  }
  return { subjectId, parties, partyIds: [...new Set(parties.map((p) => p.id))] };
}
