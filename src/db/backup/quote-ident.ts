/** A Postgres identifier, quoted. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
