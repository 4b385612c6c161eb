import { customType } from 'drizzle-orm/pg-core';

/** Postgres `tsvector`, for generated full-text columns. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
