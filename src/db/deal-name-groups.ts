import type { Deal } from '../extract/types.js';
import type { NameGroup } from './resolve-companies.js';

/** The company names a deal uses (subject, then counterparties), each its own group, for resolveCompanies. */
export function dealNameGroups(deal: Deal): NameGroup[] {
  return [...(deal.subject ? [deal.subject] : []), ...deal.counterparties].map((name) => ({ aliases: [name], confidence: deal.confidence }));
}
