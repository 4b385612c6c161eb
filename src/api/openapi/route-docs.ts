import { z } from 'zod';
import { DEAL_FILTER_KEYS, dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { DEAL_TOTAL_CAP } from '../../db/queries/search-deals.js';
import { articleListSchema } from '../routes/article-routes.js';
import { companySearchSchema, graphSchema, timelineSchema } from '../routes/company-routes.js';
import { curationBodies, curationQueries } from '../routes/curation-routes.js';
import { dealListSchema, exportOptionsSchema } from '../routes/deal-routes.js';
import { addFeedBody } from '../routes/feed-routes.js';
import { dealPageSchema } from './deal-page-schema.js';

export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  /** JSON request body. */
  body?: z.ZodType;
  /** JSON body of a 200 answer, when documented. */
  response?: z.ZodType;
  /** Needs `Authorization: Bearer <token>`. */
  auth?: boolean;
  pathId?: boolean;
  produces?: 'json' | 'csv' | 'jsonl';
  /** Answers particular to the route, by status. */
  otherResponses?: Record<number, string>;
}

const exportQuery = (s: z.ZodType) => z.intersection(s, exportOptionsSchema);
const both = (path: string, summary: string, tag: string, query?: z.ZodType, pathId = false): RouteDoc[] =>
  (['csv', 'jsonl'] as const).map((f) => ({ method: 'get', path: `${path}.${f}`, summary: `${summary} (${f === 'csv' ? 'CSV, UTF-8 with BOM unless bom=0' : 'JSON Lines'})`, tag, query, pathId, produces: f }));

/** Every public read route, with the same zod schemas that validate its query: the OpenAPI document is made from these. */
export const routeDocs: RouteDoc[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness', tag: 'meta' },
  { method: 'get', path: '/api/openapi.json', summary: 'This OpenAPI document', tag: 'meta' },
  { method: 'get', path: '/api/deals', summary: `Search deals; filters: ${DEAL_FILTER_KEYS.join(', ')}; cursor pagination; the first page counts the matches up to ${DEAL_TOTAL_CAP.toLocaleString('en-US')} (total, totalCapped)`,
    tag: 'deals', query: dealListSchema, response: dealPageSchema },
  ...both('/api/deals', 'Export the deals matching the filters', 'deals', exportQuery(dealFiltersSchema)),
  { method: 'get', path: '/api/stats/deals', summary: 'Totals, deal-type mix, funding per month and top investors over the deals matching the filters', tag: 'deals', query: dealFiltersSchema },
  { method: 'get', path: '/api/deals/{id}', summary: 'One deal with its parties and sources', tag: 'deals', pathId: true },
  { method: 'get', path: '/api/companies', summary: 'Fuzzy company search by name or alias (prefix, substring, trigram)', tag: 'companies', query: companySearchSchema },
  ...both('/api/companies', 'Export every company with its counts', 'companies', exportOptionsSchema),
  { method: 'get', path: '/api/companies/{id}', summary: 'Company profile: aliases, first and last seen, mentions, deals by role, total raised, investors, portfolio, co-mentioned companies, deals', tag: 'companies', pathId: true },
  { method: 'get', path: '/api/companies/{id}/timeline', summary: 'Mentions, deals by type and USD raised per period', tag: 'companies', query: timelineSchema, pathId: true },
  ...both('/api/companies/{id}/timeline', 'Export a company timeline', 'companies', exportQuery(timelineSchema), true),
  { method: 'get', path: '/api/companies/{id}/graph', summary: 'Relationship graph to depth 1 or 2: invested, acquired, partnered, joint venture, co-mentioned edges', tag: 'companies', query: graphSchema, pathId: true },
  ...both('/api/companies/{id}/graph', 'Export the graph edges', 'companies', exportQuery(graphSchema), true),
  { method: 'get', path: '/api/articles', summary: 'Search articles by text, company, feed and date', tag: 'articles', query: articleListSchema },
  { method: 'post', path: '/api/ingest', summary: 'Store and extract articles: JSON {articles:[{id,title,body,url?,published?}]} or text/plain pasted page text', tag: 'ingest', auth: true,
    otherResponses: { 415: 'A content type other than application/json or text/plain' } },
  { method: 'get', path: '/api/feeds', summary: 'Feeds with their fetch state', tag: 'feeds' },
  { method: 'post', path: '/api/feeds', summary: 'Add a feed to poll', tag: 'feeds', body: addFeedBody, auth: true, otherResponses: { 201: 'Created' } },
  { method: 'delete', path: '/api/feeds/{id}', summary: 'Remove a feed (its articles stay)', tag: 'feeds', pathId: true, auth: true },
  { method: 'post', path: '/api/companies/{id}/merge', summary: 'Merge this company into another (recorded, undoable)', tag: 'curation', pathId: true, body: curationBodies.merge, auth: true, otherResponses: { 409: 'The current state forbids it (already merged, not merged, merged since)' } },
  { method: 'post', path: '/api/merges/{id}/undo', summary: 'Undo a merge exactly', tag: 'curation', pathId: true, auth: true, otherResponses: { 409: 'The current state forbids it (already merged, not merged, merged since)' } },
  { method: 'get', path: '/api/merges', summary: 'Merges, newest first', tag: 'curation', query: curationQueries.merges },
  { method: 'post', path: '/api/companies/{id}/wrong', summary: 'Mark or unmark a company as not a company', tag: 'curation', pathId: true, body: curationBodies.wrong, auth: true },
  { method: 'post', path: '/api/deals/{id}/review', summary: 'Accept or reject a deal (rejected deals leave search)', tag: 'curation', pathId: true, body: curationBodies.review, auth: true },
  { method: 'get', path: '/api/review/low-confidence-deals', summary: 'Unreviewed deals at or under a confidence', tag: 'curation', query: curationQueries.lowConfidence },
  { method: 'get', path: '/api/review/duplicate-companies', summary: 'Suspected duplicate companies with a score', tag: 'curation', query: curationQueries.duplicates },
  { method: 'get', path: '/api/curation-log', summary: 'Every curation action: who, when, what', tag: 'curation', query: curationQueries.log },
];
