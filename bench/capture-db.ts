// A database handle for the query bench that records every SQL statement the app's query functions send, so that each
// can be EXPLAINed: a Postgres server through pg, or an in-memory PGlite, with the project's migrations applied.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Db } from '../src/db/database.js';
import * as schema from '../src/db/schema.js';

export interface Statement { sql: string; params: unknown[] }
export interface CapturingDb {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** While set, every statement sent is pushed here. */
  capture: Statement[] | null;
  /** The JSON plan of a statement. */
  explain(s: Statement): Promise<PlanNode>;
  /** `COPY (query) TO STDOUT (FORMAT csv)`: the rows and bytes the database alone writes. */
  copyOut(query: string): Promise<{ rows: number; bytes: number }>;
  /** The CSV of `COPY (query) TO STDOUT`, whole. */
  copyOutData(query: string): Promise<Buffer>;
  /** `COPY table (columns) FROM STDIN (FORMAT csv)`. */
  copyIn(table: string, columns: string[], data: Buffer): Promise<void>;
  close(): Promise<void>;
}
export interface PlanNode { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] }

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export async function openCapturingDb(databaseUrl: string | undefined): Promise<CapturingDb> {
  const handle = { capture: null } as CapturingDb;
  const logger = { logQuery: (q: string, p: unknown[]) => { handle.capture?.push({ sql: q, params: p }); } };
  const explainRows = (rows: Record<string, unknown>[]) => (rows[0]!['QUERY PLAN'] as [{ Plan: PlanNode }])[0].Plan;
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const db = drizzlePg(pool, { schema, logger });
    await migratePg(db, { migrationsFolder });
    return Object.assign(handle, {
      db: db as unknown as Db, kind: 'postgres' as const, close: () => pool.end(),
      explain: async (s: Statement) => explainRows((await pool.query(`explain (format json) ${s.sql}`, s.params)).rows),
      copyOut: async (query: string) => {
        const client = await pool.connect();
        try {
          let bytes = 0;
          let rows = 0;
          const stream = client.query(copyTo(`copy (${query}) to stdout (format csv)`));
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            bytes += chunk.length;
            for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
          }
          return { rows, bytes };
        } finally {
          client.release();
        }
      },
      copyOutData: async (query: string) => {
        const client = await pool.connect();
        try {
          const parts: Buffer[] = [];
          for await (const chunk of client.query(copyTo(`copy (${query}) to stdout (format csv)`)) as AsyncIterable<Buffer>) parts.push(chunk);
          return Buffer.concat(parts);
        } finally {
          client.release();
        }
      },
      copyIn: async (table: string, columns: string[], data: Buffer) => {
        const client = await pool.connect();
        try {
          await pipeline(Readable.from([data]), client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin (format csv)`)));
        } finally {
          client.release();
        }
      },
    });
  }
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema, logger });
  await migratePglite(db, { migrationsFolder });
  return Object.assign(handle, {
    db: db as unknown as Db, kind: 'pglite' as const, close: () => client.close(),
    explain: async (s: Statement) => explainRows((await client.query<Record<string, unknown>>(`explain (format json) ${s.sql}`, s.params)).rows),
    copyOut: async (query: string) => {
      // PGlite writes COPY output to a blob in memory.
      const r = await client.query(`copy (${query}) to '/dev/blob' (format csv)`);
      const bytes = Buffer.from(await r.blob!.arrayBuffer());
      let rows = 0;
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) rows++;
      return { rows, bytes: bytes.length };
    },
    copyOutData: async (query: string) => Buffer.from(await (await client.query(`copy (${query}) to '/dev/blob' (format csv)`)).blob!.arrayBuffer()),
    copyIn: async (table: string, columns: string[], data: Buffer) => {
      await client.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob' (format csv)`, [], { blob: new Blob([new Uint8Array(data)]) });
    },
  });
}

/** Index names a plan uses, and the tables it reads whole. */
export function planScans(plan: PlanNode): { indexes: Set<string>; seqScans: Set<string> } {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const walk = (n: PlanNode) => {
    if (n['Index Name']) indexes.add(n['Index Name']);
    if (n['Node Type'] === 'Seq Scan' && n['Relation Name']) seqScans.add(n['Relation Name']);
    n.Plans?.forEach(walk);
  };
  walk(plan);
  return { indexes, seqScans };
}
