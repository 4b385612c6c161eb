import { sql } from 'drizzle-orm';
import type { Extraction } from '../extract/types.js';
import type { Db } from './database.js';
import { dealCompanyIds } from './deal-company-ids.js';
import { dealIdentity } from './deal-identity.js';
import { dealNameGroups } from './deal-name-groups.js';
import { lockKeys } from './lock-keys.js';
import { resolveCompanies } from './resolve-companies.js';
import { storeDeals, type DealReport } from './store-deals.js';
import { rowsOf } from './rows-of.js';

export interface ExtractedArticle { articleId: number; hash: string; publishedAt: Date | null }

const ints = (xs: number[]) => sql`${sql.param(xs)}::int[]`;

/**
 * Writes what was extracted from stored articles inside the caller's transaction, in a fixed number of statements
 * whatever the batch size, replacing each article's own earlier output: first their mentions and deal sources go
 * (and a deal no other article reports goes with them); then every company name of the batch is resolved at once,
 * mentions go in one insert, the deals' identities are locked together and the deals stored in order (storeDeals).
 * Each row then records which text was extracted (extracted_hash) and counts the run.
 * The result is what writing the articles one by one, in order, gives — but for one thing: as all earlier output of
 * the batch goes first, a deal all of whose sources are re-extracted in one batch is stored anew from what they say
 * now (one by one, it would keep the higher confidence of an earlier extraction). Each article once per batch.
 */
export async function writeExtractions(tx: Db, items: { target: ExtractedArticle; extraction: Extraction }[]): Promise<void> {
  if (!items.length) return;
  const articleIds = items.map((i) => i.target.articleId);
  await tx.execute(sql`delete from mentions where article_id = any(${ints(articleIds)})`);
  const dropped = rowsOf<{ deal_id: number }>(await tx.execute(sql`delete from deal_sources where article_id = any(${ints(articleIds)}) returning deal_id`));
  if (dropped.length) {
    await tx.execute(sql`delete from deals d where d.id = any(${ints([...new Set(dropped.map((d) => Number(d.deal_id)))])})
      and not exists (select 1 from deal_sources s where s.deal_id = d.id)`);
  }

  const parts = items.map(({ extraction }) => {
    const dealGroups = extraction.deals.map(dealNameGroups);
    return { dealGroups, groups: [...extraction.companies.map((c) => ({ aliases: [c.name, ...c.aliases], confidence: c.confidence })), ...dealGroups.flat()] };
  });
  const ids = await resolveCompanies(tx, parts.flatMap((p) => p.groups));

  const mentionRows: { articleId: number; companyId: number; count: number; confidence: number }[] = [];
  const reports: DealReport[] = [];
  let offset = 0;
  items.forEach(({ target, extraction }, n) => {
    const own = ids.slice(offset, offset + parts[n]!.groups.length);
    offset += parts[n]!.groups.length;
    const counts = new Map<number, { count: number; confidence: number }>();
    extraction.companies.forEach((c, i) => {
      const id = own[i];
      if (id === null || id === undefined) return;
      const prev = counts.get(id);
      counts.set(id, { count: (prev?.count ?? 0) + c.mentions, confidence: Math.max(prev?.confidence ?? 0, c.confidence) });
    });
    for (const [companyId, v] of counts) mentionRows.push({ articleId: target.articleId, companyId, ...v });
    const names = new Map<string, number | null>();
    parts[n]!.dealGroups.flat().forEach((g, i) => names.set(g.aliases[0]!, own[extraction.companies.length + i] ?? null));
    const articleDay = (target.publishedAt ?? new Date()).toISOString().slice(0, 10);
    for (const deal of extraction.deals) reports.push({ articleId: target.articleId, articleDay, deal, ids: names });
  });
  if (mentionRows.length) {
    const col = <T>(f: (m: (typeof mentionRows)[number]) => T) => sql.param(mentionRows.map(f));
    await tx.execute(sql`insert into mentions (article_id, company_id, count, confidence)
      select * from unnest(${col((m) => m.articleId)}::int[], ${col((m) => m.companyId)}::int[], ${col((m) => m.count)}::int[], ${col((m) => m.confidence)}::real[])`);
  }

  await lockKeys(tx, 'deal-identity', reports.map((r) => {
    const { subjectId, partyIds } = dealCompanyIds(r.deal, r.ids);
    return dealIdentity(r.deal, subjectId, partyIds);
  }));
  await storeDeals(tx, reports);
  await tx.execute(sql`update articles a set extracted_at = now(), extracted_hash = u.h, extract_runs = a.extract_runs + 1
    from unnest(${ints(articleIds)}, ${sql.param(items.map((i) => i.target.hash))}::text[]) as u(id, h) where a.id = u.id`);
}
