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
import { lockDataDir } from './data-dir-lock.js';
import { serverErrorMessage } from './server-error-message.js';

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
  pool.on('connect', (client) => { client.on('error', () => {}); });
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
    // A client in use (inside a transaction, between two queries) that the server drops emits 'error' with nobody
    // listening: that would end the process. The error reaches the work through its next query instead, and the
    // broken client is discarded when released.
    pool.on('connect', (client) => { client.on('error', () => {}); });
    const db = drizzlePg(pool, { schema });
    try {
      await pool.query('select 1');
      if (opts.migrate !== false) await migrateWithoutTimeouts(opts.databaseUrl);
    } catch (err) {
      await pool.end();
      throw new Error(serverErrorMessage(err, redact(opts.databaseUrl), opts.databaseUrl), { cause: err });
    }
    return { db: db as unknown as Db, kind: 'postgres', location: redact(opts.databaseUrl), close: () => pool.end() };
  }

  const inMemory = opts.dataDir.startsWith('memory://');
  if (!inMemory) {
    await mkdir(opts.dataDir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
      const why = err.code === 'EEXIST' || err.code === 'ENOTDIR' ? 'a file is in the way, not a folder' : err.code ?? err.message;
      throw new Error(`db: cannot create the data folder ${opts.dataDir} (${why}) — set DATA_DIR to a folder this user can write`, { cause: err });
    });
  }
  const unlock = inMemory ? async () => {} : await lockDataDir(opts.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: inMemory ? undefined : opts.dataDir, extensions: { pg_trgm } });
  } catch (err) {
    await unlock();
    throw new Error(`db: cannot open the embedded database in ${opts.dataDir}: ${(err as Error).message} — if another program wrote there, set DATA_DIR to a new folder (restore a backup into it with news-intel restore)`, { cause: err });
  }
  const db = drizzlePglite(client, { schema });
  const close = async () => { try { await client.close(); } finally { await unlock(); } };
  if (opts.migrate !== false) await migratePglite(db, { migrationsFolder }).catch(async (err: unknown) => { await close(); throw err; });
  return { db: db as unknown as Db, kind: 'pglite', location: inMemory ? 'memory' : opts.dataDir, close };
}
