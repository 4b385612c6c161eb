import { z } from 'zod';

/** `subscription/list?output=json` */
export const subscriptionListSchema = z.object({
  subscriptions: z.array(z.object({
    id: z.string(),
    title: z.string().nullish(),
    categories: z.array(z.object({ id: z.string(), label: z.string().nullish() })).optional(),
    url: z.string().nullish(),
    htmlUrl: z.string().nullish(),
  })),
});
