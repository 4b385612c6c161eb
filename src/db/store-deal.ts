import type { Deal } from '../extract/types.js';
import type { Db } from './database.js';
import { dealCompanyIds } from './deal-company-ids.js';
import { dealIdentity } from './deal-identity.js';
import { dealNameGroups } from './deal-name-groups.js';
import { lockKeys } from './lock-keys.js';
import { resolveCompanies } from './resolve-companies.js';
import { storeDeals } from './store-deals.js';

/**
 * Stores one extracted deal as reported by one article (a new deal, or one more source of a known one): resolves its
 * names, takes its identity lock and stores it as storeDeals does. Writers of many deals use storeDeals directly.
 */
export async function storeDeal(db: Db, articleId: number, articleDay: string, deal: Deal): Promise<number> {
  const groups = dealNameGroups(deal);
  const found = await resolveCompanies(db, groups);
  const ids = new Map(groups.map((g, i) => [g.aliases[0]!, found[i]!]));
  const { subjectId, partyIds } = dealCompanyIds(deal, ids);
  await lockKeys(db, 'deal-identity', [dealIdentity(deal, subjectId, partyIds)]);
  const [dealId] = await storeDeals(db, [{ articleId, articleDay, deal, ids }]);
  return dealId!;
}
