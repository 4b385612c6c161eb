import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies } from '../schema.js';
import { coMentionEdges, dealEdges, type EdgeType, type EdgeWindow, type GraphEdge } from './graph-edges.js';

export interface GraphNode { id: number; name: string; depth: number }
export interface CompanyGraph { center: number; nodes: GraphNode[]; edges: GraphEdge[]; /** True when max_nodes left companies out. */ truncated: boolean }

export interface GraphOptions extends EdgeWindow { depth: 1 | 2; types: EdgeType[]; maxNodes: number; coMentionsPerNode: number }

/** The relationship graph around a company, breadth first to `depth`, capped at `maxNodes` companies. */
export async function companyGraph(db: Db, center: number, o: GraphOptions): Promise<CompanyGraph> {
  const depthOf = new Map<number, number>([[center, 0]]);
  let truncated = false;
  const edges = new Map<string, GraphEdge>();
  let frontier = [center];
  for (let depth = 1; depth <= o.depth && frontier.length; depth++) {
    const found = [
      ...(o.types.some((t) => t !== 'co_mentioned') ? await dealEdges(db, frontier, o) : []),
      ...(o.types.includes('co_mentioned') ? await coMentionEdges(db, frontier, o, o.coMentionsPerNode) : []),
    ].filter((e) => o.types.includes(e.type)).sort((a, b) => b.weight - a.weight);
    const next: number[] = [];
    for (const e of found) {
      for (const id of [e.source, e.target]) {
        if (depthOf.has(id)) continue;
        if (depthOf.size < o.maxNodes) { depthOf.set(id, depth); next.push(id); } else truncated = true;
      }
      if (depthOf.has(e.source) && depthOf.has(e.target)) edges.set(`${e.type}:${e.source}:${e.target}`, e);
    }
    frontier = next;
  }
  const rows = await db.select({ id: companies.id, name: companies.name }).from(companies)
    .where(and(inArray(companies.id, [...depthOf.keys()]), isNull(companies.mergedIntoId), eq(companies.markedWrong, false)));
  const alive = new Set(rows.map((r) => r.id));
  return {
    center,
    nodes: rows.map((r) => ({ ...r, depth: depthOf.get(r.id)! })).sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name)),
    edges: [...edges.values()].filter((e) => alive.has(e.source) && alive.has(e.target)),
    truncated,
  };
}
