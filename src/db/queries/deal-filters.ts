import { z } from 'zod';

export const DEAL_TYPES = ['funding', 'acquisition', 'partnership', 'joint_venture', 'ipo', 'fund'] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()), 'is not a real date');
const usd = z.coerce.number({ error: 'must be a number' }).finite().min(0, 'must be 0 or more');

/** Filters of the deal search, as they come from a query string. */
export const dealFiltersSchema = z.object({
  type: z.string().transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.enum(DEAL_TYPES, { error: `must be one or more of ${DEAL_TYPES.join(', ')}` }))).optional(),
  round: z.string().trim().min(1).max(40).optional(),
  company: z.string().trim().min(1).max(200).optional(),
  min_usd: usd.optional(),
  max_usd: usd.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
}).refine((f) => f.min_usd === undefined || f.max_usd === undefined || f.min_usd <= f.max_usd, {
  message: 'must not be greater than max_usd', path: ['min_usd'],
}).refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after "to"', path: ['from'] });

export type DealFilters = z.infer<typeof dealFiltersSchema>;
