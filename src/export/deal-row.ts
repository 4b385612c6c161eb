import type { DealView } from '../db/queries/load-deals.js';

const names = (d: DealView, role: string) => d.parties.filter((p) => p.role === role).map((p) => p.name);

/** One deal as a flat row: what CSV and JSON Lines exports write. */
export function dealRow(d: DealView) {
  return {
    deal_id: d.id, type: d.type, subject: d.subject?.name ?? null, round: d.round,
    amount_value: d.amount?.value ?? null, amount_currency: d.amount?.currency ?? null, amount_usd: d.amount?.usd ?? null,
    usd_converted: d.amount?.usdConverted ?? null, status: d.status, announced_on: d.announcedOn,
    lead_investors: names(d, 'lead_investor'), investors: names(d, 'investor'), acquirers: names(d, 'acquirer'),
    partners: names(d, 'partner'), members: names(d, 'member'), confidence: Number(d.confidence.toFixed(3)),
    source_count: d.sources.length, source_titles: d.sources.map((s) => s.title),
    source_urls: d.sources.map((s) => s.url).filter((u): u is string => Boolean(u)), evidence: d.sources[0]?.evidence ?? null,
  };
}

export type DealRow = ReturnType<typeof dealRow>;
