import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

/** A JSON object request body validated by `schema`; a bad or unknown field is a 400 that names it. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new HTTPException(400, { message: 'the request body must be a JSON object' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new HTTPException(400, { message: 'the request body must be a JSON object' });
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') throw new HTTPException(400, { message: `unknown body field "${issue.keys[0]}"`, cause: r.error });
  throw new HTTPException(400, { message: `body field "${String(issue.path[0] ?? 'body')}" ${issue.message}`, cause: r.error });
}
