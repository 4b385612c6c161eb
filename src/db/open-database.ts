import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import type { Database, Db } from './database.js';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface OpenOptions {
  /** Postgres server URL; when absent, embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; 'memory://' keeps it in memory. */
  dataDir: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Postgres server: a query unanswered this long fails on the client (default 65 s; the server cancels statements at 60 s). */
  queryTimeoutMs?: number;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * The pool's limits. Connecting gives up after 10 s; a statement the server runs longer than 60 s is cancelled there,
 * and a query unanswered after 65 s (a server that hangs or a cut the socket never hears of) fails on the client:
 * a query in flight ends with an error, never a hang. TCP keepalive finds dead connections of idle clients.
 */
function poolOptions(connectionString: string, queryTimeoutMs = 65_000): pg.PoolConfig {
  return {
    connectionString, max: 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000,
    statement_timeout: Math.min(60_000, queryTimeoutMs), query_timeout: queryTimeoutMs, keepAlive: true, keepAliveInitialDelayMillis: 10_000,
  };
}

/** Migrations on a connection of their own with no statement limit: an index build on a large table may take minutes. */
async function migrateWithoutTimeouts(connectionString: string): Promise<void> {
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {});
  try {
    await migratePg(drizzlePg(pool, { schema }), { migrationsFolder });
  } finally {
    await pool.end();
  }
}

/** Opens the database named by the options and brings its schema up to date. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool(poolOptions(opts.databaseUrl, opts.queryTimeoutMs));
    // A pooled client the server drops while idle (a restart, a network cut) is discarded, never a crash of the program.
    pool.on('error', (err) => { console.error(`db: lost an idle connection to the Postgres server (it is replaced on next use): ${err.message}`); });
    const db = drizzlePg(pool, { schema });
    try {
      await pool.query('select 1');
      if (opts.migrate !== false) await migrateWithoutTimeouts(opts.databaseUrl);
    } catch (err) {
      await pool.end();
      throw new Error(`db: cannot use the Postgres server at ${redact(opts.databaseUrl)}: ${(err as Error).message}`, { cause: err });
    }
    return { db: db as unknown as Db, kind: 'postgres', location: redact(opts.databaseUrl), close: () => pool.end() };
  }

  const inMemory = opts.dataDir.startsWith('memory://');
  if (!inMemory) {
    await mkdir(opts.dataDir, { recursive: true }).catch((err: unknown) => {
      throw new Error(`db: cannot create data folder ${opts.dataDir}: ${(err as Error).message}`, { cause: err });
    });
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: inMemory ? undefined : opts.dataDir, extensions: { pg_trgm } });
  } catch (err) {
    throw new Error(`db: cannot open embedded database in ${opts.dataDir}: ${(err as Error).message}`, { cause: err });
  }
  const db = drizzlePglite(client, { schema });
  if (opts.migrate !== false) await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', location: inMemory ? 'memory' : opts.dataDir, close: () => client.close() };
}
