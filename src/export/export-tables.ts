import type { Db } from '../db/database.js';
import type { GraphEdge } from '../db/queries/graph-edges.js';
import { iterateCompanies, type CompanyRow } from '../db/queries/iterate-companies.js';
import type { TimelinePoint } from '../db/queries/company-timeline.js';
import { writeRows, type ExportFormat } from './write-rows.js';

async function* once<T>(rows: T[]): AsyncGenerator<T[]> { yield rows; }

const COMPANY_HEADER: (keyof CompanyRow)[] = ['company_id', 'name', 'aliases', 'mentions', 'articles', 'deals', 'total_raised_usd', 'confidence'];

/** Every active company with its counts. */
export const exportCompanies = (db: Db, format: ExportFormat, bom = true) => writeRows(iterateCompanies(db), format, COMPANY_HEADER, { bom });

/** A company's timeline, one row per period. */
export function exportTimeline(points: TimelinePoint[], format: ExportFormat, bom = true) {
  const types = [...new Set(points.flatMap((p) => Object.keys(p.dealsByType)))].sort();
  const rows = points.map((p) => ({
    period: p.period, mentions: p.mentions, articles: p.articles, deals: p.deals, usd_raised: p.usdRaised,
    ...Object.fromEntries(types.map((t) => [`deals_${t}`, p.dealsByType[t] ?? 0])),
  }));
  return writeRows(once(rows), format, ['period', 'mentions', 'articles', 'deals', 'usd_raised', ...types.map((t) => `deals_${t}`)], { bom });
}

/** Graph edges with both ends named. */
export function exportEdges(edges: GraphEdge[], names: Map<number, string>, format: ExportFormat, bom = true) {
  const rows = edges.map((e) => ({
    source_id: e.source, source: names.get(e.source) ?? null, target_id: e.target, target: names.get(e.target) ?? null,
    type: e.type, weight: e.weight, first_date: e.firstDate, last_date: e.lastDate, deal_ids: e.dealIds.map(String),
  }));
  return writeRows(once(rows), format, ['source_id', 'source', 'target_id', 'target', 'type', 'weight', 'first_date', 'last_date', 'deal_ids'], { bom });
}
