import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { serverUrl } from '../../test/support/test-databases.js';
import { isConnectionError } from './is-connection-error.js';
import { retryDelay, retryOnConnectionError } from './retry-on-connection-error.js';

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The error node-postgres gives when the server is not there. */
async function refusedError(): Promise<Error> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/x`, connectionTimeoutMillis: 2000 });
  return client.connect().then(() => { throw new Error('connected to a closed port'); }, (err: Error) => err);
}

describe('isConnectionError', () => {
  it('knows a refused connection, also nested as a cause or kept as text, and not an error of the query itself', async () => {
    const refused = await refusedError();
    expect(isConnectionError(refused)).toBe(true);
    expect(isConnectionError(new Error('db: cannot use the Postgres server', { cause: refused }))).toBe(true);
    expect(isConnectionError(`store: feed: article 7: ${refused.message}`)).toBe(true);
    expect(isConnectionError(new Error('duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });

  it.skipIf(!serverUrl)(`knows a connection the server terminates (a restart or an administrator)${serverUrl ? '' : ': skipped, TEST_DATABASE_URL is not set'}`, async () => {
    const victim = new pg.Client({ connectionString: serverUrl });
    const admin = new pg.Client({ connectionString: serverUrl });
    await Promise.all([victim.connect(), admin.connect()]);
    victim.on('error', () => {});
    try {
      const { rows } = await victim.query<{ pid: number }>('select pg_backend_pid() as pid');
      const inFlight = victim.query('select pg_sleep(30)').then(() => null, (e: unknown) => e);
      await new Promise((r) => setTimeout(r, 200));
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      const err = await inFlight;
      expect((err as { code?: string }).code).toBe('57P01');
      expect(isConnectionError(err)).toBe(true);
      // An error of the query itself, from the same server, is not one.
      const syntax = await admin.query('selec 1').then(() => null, (e: unknown) => e);
      expect((syntax as { code?: string }).code).toBe('42601');
      expect(isConnectionError(syntax)).toBe(false);
    } finally {
      await admin.end();
      await victim.end().catch(() => {});
    }
  });
});

describe('retryOnConnectionError', () => {
  it('waits with doubling, capped, jittered delays while the connection fails, then returns the result', async () => {
    const refused = await refusedError();
    const waits: number[] = [];
    const told: number[] = [];
    let calls = 0;
    const result = await retryOnConnectionError(async (attempt) => {
      calls++;
      if (attempt <= 4) throw refused;
      return 'stored';
    }, { baseMs: 100, maxMs: 500, random: () => 1, sleep: async (ms) => { waits.push(ms); }, onRetry: (i) => told.push(i.attempt) });
    expect(result).toBe('stored');
    expect(calls).toBe(5);
    expect(waits).toEqual([100, 200, 400, 500]);
    expect(told).toEqual([1, 2, 3, 4]);
    // Jitter draws each delay from its upper half.
    expect(retryDelay(3, { baseMs: 100, maxMs: 10_000, random: () => 0 })).toBe(200);
    expect(retryDelay(3, { baseMs: 100, maxMs: 10_000, random: () => 0.5 })).toBe(300);
  });

  it('throws any other error at once, and the connection error once the retries are spent or the work is stopped', async () => {
    const refused = await refusedError();
    const sleep = async () => {};
    let calls = 0;
    const bad = new Error('store: article 3: value too long');
    await expect(retryOnConnectionError(async () => { calls++; throw bad; }, { sleep })).rejects.toBe(bad);
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryOnConnectionError(async () => { calls++; throw refused; }, { sleep, retries: 3 })).rejects.toBe(refused);
    expect(calls).toBe(4);
    const stop = new AbortController();
    calls = 0;
    await expect(retryOnConnectionError(async () => { calls++; stop.abort(); throw refused; }, { sleep, signal: stop.signal })).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it('really waits between attempts when given no sleep, and a stop cuts the wait short', async () => {
    const refused = await refusedError();
    const stop = new AbortController();
    const started = Date.now();
    setTimeout(() => stop.abort(), 100);
    await expect(retryOnConnectionError(async () => { throw refused; }, { baseMs: 60_000, signal: stop.signal })).rejects.toBe(refused);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
