import type { DealRow } from '../db/queries/iterate-deal-rows.js';

/** The columns of the deal export, in order. */
export const DEAL_EXPORT_HEADER: (keyof DealRow)[] = ['deal_id', 'type', 'subject', 'round', 'amount_value', 'amount_currency', 'amount_usd',
  'usd_converted', 'status', 'announced_on', 'lead_investors', 'investors', 'acquirers', 'partners', 'members', 'confidence',
  'source_count', 'source_titles', 'source_urls', 'evidence'];
