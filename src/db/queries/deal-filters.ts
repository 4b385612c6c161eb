import { z } from 'zod';

export const DEAL_TYPES = ['funding', 'acquisition', 'partnership', 'joint_venture', 'ipo', 'fund'] as const;
export const DEAL_STATUSES = ['completed', 'announced', 'reported', 'planned'] as const;
export const DEAL_SORTS = ['date', 'amount'] as const;

/** A real calendar day as YYYY-MM-DD, year 1 or later (2024-02-30 and 0000-01-01 are refused, not left for the database to fail on). */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => !s.startsWith('0000') && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');
const usd = z.coerce.number({ error: 'must be a number' }).finite('must be a finite number').min(0, 'must be 0 or more').max(1e15, 'is too large');
const list = <T extends readonly [string, ...string[]]>(values: T) => z.string()
  .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(z.enum(values, { error: `must be one or more of ${values.join(', ')}` })).min(1, `must be one or more of ${values.join(', ')}`));
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** Filters of the deal search, as they come from a query string. */
export const dealFiltersSchema = z.object({
  type: list(DEAL_TYPES).optional(),
  status: list(DEAL_STATUSES).optional(),
  round: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters').optional(),
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code').transform((s) => s.toUpperCase()).optional(),
  company: name.optional(),
  investor: name.optional(),
  acquirer: name.optional(),
  min_usd: usd.optional(),
  max_usd: usd.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  min_confidence: z.coerce.number({ error: 'must be a number' }).min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1').optional(),
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  sort: z.enum(DEAL_SORTS, { error: `must be one of ${DEAL_SORTS.join(', ')}` }).default('date'),
}).refine((f) => f.min_usd === undefined || f.max_usd === undefined || f.min_usd <= f.max_usd, {
  message: 'must not be greater than max_usd', path: ['min_usd'],
}).refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after "to"', path: ['from'] });

export const DEAL_FILTER_KEYS = ['type', 'status', 'round', 'currency', 'company', 'investor', 'acquirer', 'min_usd', 'max_usd',
  'from', 'to', 'min_confidence', 'q', 'sort'] as const;

export type DealFilters = z.infer<typeof dealFiltersSchema>;
