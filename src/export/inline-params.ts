import pg from 'pg';

/**
 * A rendered statement with its parameters written in as quoted literals, for statements that take no parameters
 * (COPY). A quoted literal is untyped, as a parameter is, so it takes the type its place calls for.
 */
export function inlineParams(query: { sql: string; params: unknown[] }): string {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= query.params.length) throw new Error(`export: the statement refers to $${n} but has ${query.params.length} parameters`);
    return literal(query.params[i]);
  });
}

function literal(value: unknown): string {
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' || typeof value === 'bigint') return `'${String(value)}'`;
  throw new Error(`export: cannot write a parameter of type ${value === null ? 'null' : typeof value} into the statement`);
}
