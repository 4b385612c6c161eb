import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../database.js';
import { companies, companyMerges } from '../schema.js';

export interface MergeListing {
  id: number;
  from: { id: number; name: string };
  into: { id: number; name: string };
  actor: string;
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy: string | null;
  /** How many rows of each kind moved. */
  moved: { aliases: number; mentions: number; parties: number; subjectDeals: number };
}

/** Merges, newest first, undone ones included, each with the two companies' names and what it moved. */
export async function listMerges(db: Db, limit = 100): Promise<MergeListing[]> {
  const from = alias(companies, 'from_company');
  const into = alias(companies, 'into_company');
  const rows = await db.select({ m: companyMerges, fromName: from.name, intoName: into.name }).from(companyMerges)
    .innerJoin(from, eq(from.id, companyMerges.fromId)).innerJoin(into, eq(into.id, companyMerges.intoId))
    .orderBy(desc(companyMerges.id)).limit(limit);
  return rows.map(({ m, fromName, intoName }) => ({
    id: m.id, from: { id: m.fromId, name: fromName }, into: { id: m.intoId, name: intoName },
    actor: m.actor, createdAt: m.createdAt, undoneAt: m.undoneAt, undoneBy: m.undoneBy,
    moved: { aliases: m.moves.aliases.length, mentions: m.moves.mentions.length, parties: m.moves.parties.length, subjectDeals: m.moves.subjectDeals.length },
  }));
}
