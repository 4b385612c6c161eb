import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { databaseUnavailable } from '../src/api/database-unavailable.js';
import { onError } from '../src/api/on-error.js';
import type { Db } from '../src/db/database.js';
import * as schema from '../src/db/schema.js';
import { expectErrorBody } from './support/api-fuzz-kit.js';
import { requirePostgres, serverUrl } from './support/test-databases.js';

/** The error a promise rejects with. */
async function failure(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the work to fail');
}

/** A port on 127.0.0.1 with nothing listening: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What onError answers for an error, through a real Hono app. */
async function answerFor(err: unknown) {
  const app = new Hono();
  app.onError(onError);
  app.get('/x', () => { throw err; });
  const res = await app.request('/x');
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

const UNAVAILABLE = { code: 'database_unavailable', message: 'the database is unavailable or timed out; try again in a few seconds' };

describe('API with the database unavailable', () => {
  let silent: Server;
  const held: Socket[] = [];
  let silentPort: number;
  let refusedPort: number;
  /** One embedded database, asked a bad statement and then closed (starting PGlite is slow: once is enough). */
  let syntax: Error;
  let closed: PGlite;
  beforeAll(async () => {
    closed = new PGlite();
    syntax = await failure(drizzlePglite(closed).execute(sql`selec 1`));
    await closed.close();
    refusedPort = await closedPort();
    // A server that takes connections and never says a word: a database that hangs.
    silent = createServer((s) => { held.push(s); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const s of held) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers 503 database_unavailable with Retry-After on reads, exports and writes when the server refuses connections', async () => {
    const pool = new pg.Pool({ host: '127.0.0.1', port: refusedPort, user: 'postgres', database: 'x', connectionTimeoutMillis: 2000 });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const app = createApp(drizzlePg(pool, { schema }) as unknown as Db);
      for (const [method, path] of [['GET', '/api/deals'], ['GET', '/api/deals.csv'], ['GET', '/api/companies/1'], ['POST', '/api/feeds']]) {
        const res = await app.request(path!, { method, headers: { authorization: `Bearer ni_${'a'.repeat(43)}`, 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
        expect(res.status, path).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        const body = await res.json();
        expectErrorBody(body, path!);
        expect(body.error).toEqual(UNAVAILABLE);
        expect(JSON.stringify(body)).not.toContain(String(refusedPort));
      }
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^api: GET \/api\/deals: database unavailable: /));
    } finally {
      logged.mockRestore();
      await pool.end();
    }
  });

  it('fails a query in flight to a server that never answers with a 503, not a hang', async () => {
    const pool = new pg.Pool({ host: '127.0.0.1', port: silentPort, user: 'postgres', database: 'x', connectionTimeoutMillis: 300 });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const started = Date.now();
      const res = await createApp(drizzlePg(pool, { schema }) as unknown as Db).request('/api/deals');
      expect(res.status).toBe(503);
      expect((await res.json()).error).toEqual(UNAVAILABLE);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      logged.mockRestore();
      await pool.end();
    }
  });

  it('answers 503 when the embedded database has been closed', async () => {
    const db = drizzlePglite(closed, { schema }) as unknown as Db;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await createApp(db).request('/api/companies');
    logged.mockRestore();
    expect([res.status, (await res.json()).error]).toEqual([503, UNAVAILABLE]);
  });

  it('keeps other faults a plain 500 and client errors as they are', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(databaseUnavailable(syntax)).toBe(false);
    expect(await answerFor(syntax)).toEqual({ status: 500, retryAfter: null, body: { error: { code: 'internal', message: 'internal error; the server log has the details' } } });
    expect(databaseUnavailable(new Error('boom'))).toBe(false);
    expect((await answerFor(new HTTPException(409, { message: 'taken' }))).body).toEqual({ error: { code: 'conflict', message: 'taken' } });
    logged.mockRestore();
  });

  it('recognises a connection refused, a connect timeout and a closed PGlite from real errors, wrapped by drizzle or not', async () => {
    const refused = new pg.Pool({ host: '127.0.0.1', port: refusedPort, user: 'postgres', database: 'x' });
    const bare = await failure(refused.query('select 1'));
    const wrapped = await failure(drizzlePg(refused).execute(sql`select 1`));
    await refused.end();
    expect((bare as Error & { code?: string }).code).toBe('ECONNREFUSED');
    expect(wrapped.cause).toBeInstanceOf(Error);
    const hanging = new pg.Pool({ host: '127.0.0.1', port: silentPort, user: 'postgres', database: 'x', connectionTimeoutMillis: 200 });
    const timeout = await failure(hanging.query('select 1'));
    await hanging.end();
    expect(timeout.message).toMatch(/timeout/i);
    const afterClose = await failure(closed.query('select 1'));
    for (const err of [bare, wrapped, timeout, afterClose]) expect(databaseUnavailable(err), err.message).toBe(true);
  });
});

const skipServer = serverUrl ? false : requirePostgres ? false : 'TEST_DATABASE_URL is not set: the Postgres server half is skipped';
describe.skipIf(skipServer)(`API with the database unavailable (postgres)${skipServer ? `: ${skipServer}` : ''}`, () => {
  it('recognises a server that ends the session (57P01), a session left broken, and a statement timeout (57014)', async () => {
    const victim = new pg.Client({ connectionString: serverUrl });
    // The server's notice that it ends the session comes as the idle client's 'error' events (57P01, then the socket closing).
    const events: Error[] = [];
    const terminated = new Promise<Error>((resolve) => victim.on('error', (err) => { events.push(err); resolve(err); }));
    await victim.connect();
    const pid = (await victim.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
    const after = await failure(victim.query('select 1'));
    await victim.end().catch(() => {});

    const slow = new pg.Client({ connectionString: serverUrl, statement_timeout: 50 });
    await slow.connect();
    const timedOut = await failure(slow.query('select pg_sleep(2)'));
    await slow.end();

    const ended = await terminated;
    expect((ended as Error & { code?: string }).code).toBe('57P01');
    expect((timedOut as Error & { code?: string }).code).toBe('57014');
    for (const err of [...events, after, timedOut]) {
      expect(databaseUnavailable(err), err.message).toBe(true);
      const { status, retryAfter, body } = await (async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
        try { return await answerFor(err); } finally { logged.mockRestore(); }
      })();
      expect({ status, retryAfter, body }).toEqual({ status: 503, retryAfter: '5', body: { error: UNAVAILABLE } });
    }
  });
});
