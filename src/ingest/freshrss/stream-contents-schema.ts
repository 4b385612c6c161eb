import { z } from 'zod';

/** A `stream/contents` answer; items are checked one by one so that one bad item never loses the page. */
export const streamContentsSchema = z.object({
  id: z.string().optional(),
  updated: z.number().optional(),
  items: z.array(z.unknown()),
  /** Only on a full page: the id of its last entry. */
  continuation: z.union([z.string(), z.number().transform(String)]).nullish(),
});
