import { and, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../database.js';
import { articles, dealParties, deals, mentions } from '../schema.js';
import { dealsInvolving } from './deals-involving.js';

export const EDGE_TYPES = ['invested', 'acquired', 'partnered', 'joint_venture', 'co_mentioned'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface GraphEdge { source: number; target: number; type: EdgeType; weight: number; firstDate: string | null; lastDate: string | null; dealIds: number[] }
export interface EdgeWindow { from?: string | undefined; to?: string | undefined }

function add(edges: Map<string, GraphEdge>, type: EdgeType, source: number, target: number, day: string | null, dealId: number): void {
  if (source === target) return;
  // Undirected kinds get one edge per pair, whichever way round they came.
  const [a, b] = type === 'invested' || type === 'acquired' ? [source, target] : [Math.min(source, target), Math.max(source, target)];
  const key = `${type}:${a}:${b}`;
  const e = edges.get(key) ?? { source: a, target: b, type, weight: 0, firstDate: day, lastDate: day, dealIds: [] };
  if (!e.dealIds.includes(dealId)) { e.dealIds.push(dealId); e.weight++; }
  if (day && (!e.firstDate || day < e.firstDate)) e.firstDate = day;
  if (day && (!e.lastDate || day > e.lastDate)) e.lastDate = day;
  edges.set(key, e);
}

/** Deal edges (invested in, acquired, partnered, joint venture) touching any of `ids`, within the window. */
export async function dealEdges(db: Db, ids: number[], w: EdgeWindow): Promise<GraphEdge[]> {
  const touching = dealsInvolving(ids, { subject: true });
  const rows = await db.select({ id: deals.id, type: deals.type, subject: deals.subjectId, day: deals.announcedOn, party: dealParties.companyId, role: dealParties.role })
    .from(deals).innerJoin(dealParties, eq(dealParties.dealId, deals.id))
    // The predicate of deals_search_id_idx word for word (a literal, not a parameter), so that the deals are read from it.
    .where(and(touching, or(isNull(deals.review), sql`${deals.review} <> 'rejected'`),
      w.from ? gte(deals.announcedOn, w.from) : undefined, w.to ? lte(deals.announcedOn, w.to) : undefined));
  const edges = new Map<string, GraphEdge>();
  const byDeal = new Map<number, typeof rows>();
  for (const r of rows) byDeal.set(r.id, [...(byDeal.get(r.id) ?? []), r]);
  for (const [dealId, parties] of byDeal) {
    const { type, subject, day } = parties[0]!;
    for (const p of parties) {
      if (type === 'funding' && subject !== null && (p.role === 'investor' || p.role === 'lead_investor')) add(edges, 'invested', p.party, subject, day, dealId);
      if (type === 'acquisition' && subject !== null && p.role === 'acquirer') add(edges, 'acquired', p.party, subject, day, dealId);
      if (type === 'partnership' || type === 'joint_venture') {
        const kind = type === 'partnership' ? 'partnered' : 'joint_venture';
        for (const q of parties) if (q.party > p.party) add(edges, kind, p.party, q.party, day, dealId);
        if (subject !== null) add(edges, kind, p.party, subject, day, dealId);
      }
    }
  }
  return [...edges.values()].filter((e) => ids.includes(e.source) || ids.includes(e.target));
}

/** Companies mentioned in the same articles as any of `ids`: the strongest `perNode` pairs of each. */
export async function coMentionEdges(db: Db, ids: number[], w: EdgeWindow, perNode: number): Promise<GraphEdge[]> {
  const other = alias(mentions, 'other');
  const day = sql`coalesce(${articles.publishedAt}, ${articles.fetchedAt})`;
  const shared = sql<number>`count(*)`.mapWith(Number);
  // Each company's strongest `perNode` pairs are picked in the database: a company in much of the news shares
  // articles with tens of thousands of others, and only the pairs kept are sent back.
  const pairs = db.select({
    source: sql<number>`${mentions.companyId}`.as('source'), target: sql<number>`${other.companyId}`.as('target'), weight: shared.as('weight'),
    first: sql<string>`to_char(min(${day}) at time zone 'UTC', 'YYYY-MM-DD')`.as('first'), last: sql<string>`to_char(max(${day}) at time zone 'UTC', 'YYYY-MM-DD')`.as('last'),
    rank: sql<number>`row_number() over (partition by ${mentions.companyId} order by count(*) desc, ${other.companyId})`.as('rank'),
  }).from(mentions)
    .innerJoin(other, and(eq(other.articleId, mentions.articleId), ne(other.companyId, mentions.companyId)))
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(and(inArray(mentions.companyId, ids), w.from ? sql`${day} >= ${w.from}::date` : undefined, w.to ? sql`${day} < ${w.to}::date + 1` : undefined))
    .groupBy(mentions.companyId, other.companyId).as('pairs');
  const rows = await db.select({ source: pairs.source, target: pairs.target, weight: sql<number>`${pairs.weight}`.mapWith(Number), first: pairs.first, last: pairs.last })
    .from(pairs).where(lte(pairs.rank, perNode)).orderBy(desc(pairs.weight), pairs.source, pairs.target);
  return rows
    .map((r) => ({ source: Math.min(r.source, r.target), target: Math.max(r.source, r.target), type: 'co_mentioned' as const, weight: r.weight, firstDate: r.first, lastDate: r.last, dealIds: [] }));
}
