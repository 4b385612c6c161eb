import { sql, type SQL } from 'drizzle-orm';
import { articles, deals, dealSources } from '../schema.js';
import { qualified as q } from './qualified.js';

/**
 * The text condition of a deal search (`q`): a deal matches when the evidence of one of its sources or the title of
 * an article reporting it matches the web-search query. Three forms of the same predicate, for the three ways a
 * search reads it (src/db/queries/search-deals.ts):
 * - `anySource`: `deals.id in (…)`, the matching sources gathered from the two GIN indexes (deal_sources_evidence_idx,
 *   articles_title_search_idx). Cheap for rare words; a common word gathers every match before the first is shown.
 * - `byEvidence`: `deals.id in (…)` over the evidence alone, a subset of `anySource` that reads no article;
 *   `evidence` is its test of a `deal_sources` row.
 * - `perDeal`: a boolean for the current `deals` row, read through its own sources (deal_sources' primary key, then
 *   each source's article by id): what a walk in the search's order tests, stopping at the page's end.
 */
export interface DealTextMatch { anySource: SQL; byEvidence: SQL; evidence: SQL; perDeal: SQL }

export function dealTextMatch(text: string): DealTextMatch {
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const hit = sql`${q(dealSources.evidenceVector)} @@ ${query}`;
  const evidence = sql`select ${q(dealSources.dealId)} from ${dealSources} where ${hit}`;
  return {
    evidence: hit,
    // Evidence or the reporting article's title: two uncorrelated selects, each served by its GIN index.
    anySource: sql`${q(deals.id)} in (${evidence}
      union all select ${q(dealSources.dealId)} from ${dealSources} join ${articles} on ${q(articles.id)} = ${q(dealSources.articleId)}
      where to_tsvector('english', ${q(articles.title)}) @@ ${query})`,
    byEvidence: sql`${q(deals.id)} in (${evidence})`,
    // `offset 0` keeps the subquery a per-row test: without it the planner may turn it into a hashed set of every
    // match (the cost the walk is there to avoid). Evidence first: a title is turned into a tsvector only when it fails.
    perDeal: sql`exists (select 1 from ${dealSources} walk_source join ${articles} walk_article on walk_article.id = walk_source.article_id
      where walk_source.deal_id = ${q(deals.id)}
        and (walk_source.evidence_vector @@ ${query} or to_tsvector('english', walk_article.title) @@ ${query}) offset 0)`,
  };
}
