import type { Deal } from '../extract/types.js';

/**
 * What makes two reports one deal, as a lock key: the type and the subject, or, without a subject, the type and the
 * set of parties. Reports sharing it are matched by date and round (store-deal), one writer at a time.
 */
export function dealIdentity(deal: Pick<Deal, 'type'>, subjectId: number | null, partyIds: number[]): string {
  if (subjectId !== null) return `${deal.type}|subject:${subjectId}`;
  return `${deal.type}|parties:${[...new Set(partyIds)].sort((a, b) => a - b).join(',')}`;
}
