import { z } from 'zod';
import { DEAL_TOTAL_CAP } from '../../db/queries/search-deals.js';

const deal = z.object({
  id: z.number().int(),
  type: z.string(),
  subject: z.object({ id: z.number().int().nullable(), name: z.string().nullable() }).nullable(),
  amount: z.object({ value: z.number(), currency: z.string(), usd: z.number().nullable(), usdConverted: z.boolean() }).nullable(),
  round: z.string().nullable(),
  status: z.string(),
  announcedOn: z.string().nullable().describe('YYYY-MM-DD'),
  confidence: z.number(),
  review: z.enum(['accepted', 'rejected']).nullable(),
  parties: z.array(z.object({ companyId: z.number().int(), name: z.string(), role: z.string() })),
  sources: z.array(z.object({
    articleId: z.number().int(), title: z.string(), url: z.string().nullable(), publishedAt: z.string().nullable(), evidence: z.string(),
    evidenceStart: z.number().int(), evidenceEnd: z.number().int(), salience: z.string(), amountValue: z.number().nullable(),
    amountCurrency: z.string().nullable(), round: z.string().nullable(),
  })),
});

/** The body of GET /api/deals, for the OpenAPI document (the route answers what searchDeals returns). */
export const dealPageSchema = z.object({
  items: z.array(deal),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  total: z.number().int().nullable().describe(`How many deals match, counted exactly up to ${DEAL_TOTAL_CAP.toLocaleString('en-US')}; `
    + 'when more match, the count stops there (see totalCapped). Only on the first page (no cursor); null on later pages'),
  totalCapped: z.boolean().nullable().describe(`true when more than ${DEAL_TOTAL_CAP.toLocaleString('en-US')} deals match: \`total\` is then `
    + `${DEAL_TOTAL_CAP} and a lower bound ("${DEAL_TOTAL_CAP.toLocaleString('en-US')}+"); false when \`total\` is exact; null when total is null`),
});
