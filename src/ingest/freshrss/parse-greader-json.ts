import type { z } from 'zod';
import { FreshRssError } from './freshrss-error.js';

/** The JSON of an answer, checked against its schema; a `protocol` error naming the call and the first problem otherwise. */
export function parseGreaderJson<S extends z.ZodType>(text: string, schema: S, baseUrl: string, what: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new FreshRssError(`freshrss: ${baseUrl}: ${what} failed: the answer is not JSON (it starts "${start}")`, 'protocol', baseUrl, null, { cause: err });
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new FreshRssError(`freshrss: ${baseUrl}: ${what} failed: unexpected answer (${where}${issue?.message ?? 'invalid'})`, 'protocol', baseUrl);
  }
  return r.data;
}
