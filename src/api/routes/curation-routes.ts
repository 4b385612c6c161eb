import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { CurationError } from '../../db/curation/curation-error.js';
import { curationLog } from '../../db/curation/curation-log.js';
import { listMerges } from '../../db/curation/list-merges.js';
import { lowConfidenceDeals } from '../../db/curation/low-confidence-deals.js';
import { markCompanyWrong } from '../../db/curation/mark-company-wrong.js';
import { mergeCompanies } from '../../db/curation/merge-companies.js';
import { reviewDeal } from '../../db/curation/review-deal.js';
import { suspectedDuplicates } from '../../db/curation/suspected-duplicates.js';
import { undoMerge } from '../../db/curation/undo-merge.js';
import type { AuthEnv } from '../auth/auth-env.js';
import { requireToken } from '../auth/require-token.js';
import { parseBody } from '../parse-body.js';
import { idParam, parseQuery } from '../parse-query.js';

const limit = (max: number, fallback: number) => z.coerce.number({ error: 'must be a number' }).int('must be a whole number')
  .min(1, 'must be at least 1').max(max, `must be at most ${max}`).default(fallback);
const id = (what: string) => z.number({ error: `must be a ${what} id (a positive integer)` }).int(`must be a ${what} id (a positive integer)`)
  .positive(`must be a ${what} id (a positive integer)`).max(999_999_999, `must be a ${what} id (a positive integer)`);
const bodies = {
  merge: z.strictObject({ into: id('company') }),
  wrong: z.strictObject({ wrong: z.boolean({ error: 'must be true or false' }) }),
  review: z.strictObject({ review: z.enum(['accepted', 'rejected'], { error: 'must be "accepted", "rejected" or null' }).nullable() }),
};
const queries = {
  merges: z.object({ limit: limit(500, 100) }),
  lowConfidence: z.object({
    max_confidence: z.coerce.number({ error: 'must be a number' }).min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1').default(0.5),
    limit: limit(500, 50),
  }),
  duplicates: z.object({ limit: limit(500, 50) }),
  log: z.object({
    target_type: z.enum(['company', 'deal'], { error: 'must be company or deal' }).optional(),
    target_id: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be a positive integer')
      .max(2_147_483_647, 'must be at most 2147483647').optional(),
    limit: limit(1000, 100),
  }),
};

/** A JSON request body checked against `schema`; a bad or unknown field is a 400 that names it. */
const STATUS = { not_found: 404, conflict: 409, invalid: 400 } as const;

/** A refused curation action as an HTTP error: 404 for a missing row, 409 for a state that forbids it, 400 for a bad request. */
async function curate<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof CurationError) throw new HTTPException(STATUS[err.kind], { message: err.message, cause: err });
    throw err;
  }
}

/** The analyst's workbench: merges and their undo, wrong companies, deal review, review lists and the curation log. Writes need a token. */
export function curationRoutes(db: Db): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  // guardWrites (create-app) also checks the token and caps the body of every write.
  const write = [requireToken(db)] as const;
  app.post('/companies/:id/merge', ...write, async (c) => {
    const fromId = idParam(c);
    const { into } = await parseBody(c, bodies.merge);
    const r = await curate(mergeCompanies(db, fromId, into, c.get('actor')));
    const { aliases, mentions, parties, subjectDeals } = r.moves;
    return c.json({ mergeId: r.mergeId, fromId, intoId: into,
      moved: { aliases: aliases.length, mentions: mentions.length, parties: parties.length, subjectDeals: subjectDeals.length } });
  });
  app.post('/merges/:id/undo', ...write, async (c) => c.json(await curate(undoMerge(db, idParam(c), c.get('actor')))));
  app.post('/companies/:id/wrong', ...write, async (c) => {
    const companyId = idParam(c);
    const { wrong } = await parseBody(c, bodies.wrong);
    return c.json(await curate(markCompanyWrong(db, companyId, wrong, c.get('actor'))));
  });
  app.post('/deals/:id/review', ...write, async (c) => {
    const dealId = idParam(c);
    const { review } = await parseBody(c, bodies.review);
    return c.json(await curate(reviewDeal(db, dealId, review, c.get('actor'))));
  });
  app.get('/merges', async (c) => {
    const q = parseQuery(c, queries.merges, ['limit']);
    return c.json({ items: await listMerges(db, q.limit) });
  });
  app.get('/review/low-confidence-deals', async (c) => {
    const q = parseQuery(c, queries.lowConfidence, ['max_confidence', 'limit']);
    return c.json({ items: await lowConfidenceDeals(db, q.max_confidence, q.limit) });
  });
  app.get('/review/duplicate-companies', async (c) => {
    const q = parseQuery(c, queries.duplicates, ['limit']);
    return c.json({ items: await suspectedDuplicates(db, q.limit) });
  });
  app.get('/curation-log', async (c) => {
    const q = parseQuery(c, queries.log, ['target_type', 'target_id', 'limit']);
    return c.json({ items: await curationLog(db, { targetType: q.target_type, targetId: q.target_id, limit: q.limit }) });
  });
  return app;
}

/** The curation routes' bodies and query strings, for the OpenAPI document. */
export { bodies as curationBodies, queries as curationQueries };
