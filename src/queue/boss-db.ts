import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Database } from '../db/database.js';

/**
 * pg-boss's database port over the program's own connection: the server's pool, or the embedded PGlite. PGlite's
 * `query` takes one statement with parameters, so SQL without parameters (pg-boss's schema scripts hold several
 * statements) goes to `exec`, which answers with the rows of the last statement.
 */
export function bossDb(database: Database): PgBoss.Db {
  const client = (database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (database.kind === 'postgres') {
    const pool = client as pg.Pool;
    return { executeSql: async (text, values) => ({ rows: (await pool.query(text, values)).rows }) };
  }
  const lite = client as PGlite;
  return {
    executeSql: async (text, values) => {
      if (values?.length) return { rows: (await lite.query(text, values)).rows };
      const results = await lite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
