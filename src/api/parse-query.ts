import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

/** Validates a request's query string; a bad or unknown parameter is a 400 that names it. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S, allowed: readonly string[]): z.infer<S> {
  const raw = c.req.query();
  const unknown = Object.keys(raw).filter((k) => !allowed.includes(k));
  if (unknown.length) {
    const name = unknown[0]!.length > 60 ? `${unknown[0]!.slice(0, 60)}…` : unknown[0];
    throw new HTTPException(400, { message: `unknown query parameter "${name}" (allowed: ${allowed.join(', ')})` });
  }
  const repeated = Object.entries(c.req.queries()).find(([, values]) => values.length > 1);
  if (repeated) throw new HTTPException(400, { message: `query parameter "${repeated[0]}" is given more than once (join list values with commas)` });
  // Postgres text cannot hold NUL: refused here, it would otherwise fail the query.
  const nul = Object.entries(raw).find(([, v]) => v.includes('\u0000'));
  if (nul) throw new HTTPException(400, { message: `query parameter "${nul[0]}" must not contain a NUL character` });
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const param = issue.path.length ? String(issue.path[0]) : 'query';
    throw new HTTPException(400, { message: `query parameter "${param}" ${issue.message}`, cause: r.error });
  }
  return r.data;
}

/** A positive integer path parameter, or a 400 naming it. */
export function idParam(c: Context, name = 'id'): number {
  const v = c.req.param(name) ?? '';
  if (!/^\d{1,9}$/.test(v)) throw new HTTPException(400, { message: `path parameter "${name}" must be a positive integer` });
  return Number(v);
}
