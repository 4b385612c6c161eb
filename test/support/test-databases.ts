import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/db/open-database.js';
import type { Database } from '../../src/db/database.js';

export const serverUrl = process.env.TEST_DATABASE_URL || undefined;
/** CI sets REQUIRE_POSTGRES=1: then a missing server fails instead of skipping. */
export const requirePostgres = process.env.REQUIRE_POSTGRES === '1';

if (requirePostgres && !serverUrl) throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');

export interface TestDatabase extends Database {
  /** Drops what the test created (the whole database, on the server). */
  destroy(): Promise<void>;
}

async function freshServerDatabase(url: string): Promise<TestDatabase> {
  const name = `news_intel_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), dataDir: 'unused' });
  return {
    ...database,
    destroy: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The databases every integration suite runs against: PGlite always, the Postgres server when TEST_DATABASE_URL is set. */
export const testDatabases: { name: string; skip: string | false; open: () => Promise<TestDatabase> }[] = [
  {
    name: 'pglite',
    skip: false,
    open: async () => {
      const d = await openDatabase({ dataDir: 'memory://' });
      return { ...d, destroy: () => d.close() };
    },
  },
  {
    name: 'postgres',
    skip: serverUrl ? false : 'TEST_DATABASE_URL is not set: the Postgres server half is skipped',
    open: () => freshServerDatabase(serverUrl!),
  },
];
