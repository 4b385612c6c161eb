import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { requirePostgres } from './test-databases.js';

const run = promisify(execFile);

/** Debian's server binaries (the newest installed major version), or null. */
function serverBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, 'bin') : null;
}

const bin = serverBin();
const isRoot = process.getuid?.() === 0;

/**
 * Why a private cluster cannot be started here, or false. With REQUIRE_POSTGRES=1 (CI) a missing initdb is an error,
 * not a skip: the fault tests must run there.
 */
export const privatePostgresSkip: string | false = bin ? false : 'initdb (Debian postgresql server package) is not installed';
if (requirePostgres && privatePostgresSkip) throw new Error(`REQUIRE_POSTGRES=1 but ${privatePostgresSkip}: the database fault tests need it`);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrivatePostgres {
  /** Connection URL of database `name` (default `postgres`). */
  url(name?: string): string;
  port: number;
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl restart -m <mode>`: the server goes down and comes straight back. */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  /** `pg_ctl stop -m <mode>`; `start()` brings it back: an outage as long as the caller wants. */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** The server log, for failure messages. */
  log(): Promise<string>;
  destroy(): Promise<void>;
}

/**
 * A Postgres cluster of the test's own (initdb into a temporary folder, on a free port of 127.0.0.1, trust auth):
 * it can be restarted and stopped without touching the shared server others' tests use. As root, the server runs as
 * the postgres user (it refuses to run as root).
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  if (!bin) throw new Error(`private postgres: ${privatePostgresSkip}`);
  const dir = mkdtempSync(join(tmpdir(), 'news-intel-pg-'));
  const data = join(dir, 'data');
  if (isRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (cmd: string, args: string[]) => (isRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args));
  await as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off`;
  const logFile = join(dir, 'server.log');
  const ctl = (...args: string[]) => as('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', ...args]);
  await ctl('start', '-o', options);
  const url = (name = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${name}`;
  return {
    url, port,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url() });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    restart: async (mode) => { await ctl('restart', '-m', mode, '-o', options); },
    stop: async (mode) => { await ctl('stop', '-m', mode); },
    start: async () => { await ctl('start', '-o', options); },
    log: async () => (await run('cat', [logFile]).catch(() => ({ stdout: '' }))).stdout,
    async destroy() {
      await ctl('stop', '-m', 'immediate').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
