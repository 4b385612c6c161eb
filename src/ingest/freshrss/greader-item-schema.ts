import { z } from 'zod';

const digits = z.string().regex(/^\d+$/);

/** The fields of a `stream/contents` item that paging needs (id, receive time, labels); `greaderItemToArticle` reads the rest. */
export const greaderItemSchema = z.object({
  /** `tag:google.com,2005:reader/item/<16 hex digits>` */
  id: z.string().min(1),
  crawlTimeMsec: digits.optional(),
  timestampUsec: digits.optional(),
  categories: z.array(z.string()).optional(),
});

export type GreaderItem = z.infer<typeof greaderItemSchema>;
