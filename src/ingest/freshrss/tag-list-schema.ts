import { z } from 'zod';

/** `tag/list?output=json` */
export const tagListSchema = z.object({
  tags: z.array(z.object({ id: z.string(), type: z.string().nullish() })),
});
