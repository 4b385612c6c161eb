import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open-database.js';
import { startServer } from '../src/cli/commands/serve-command.js';
import { serverUrl } from './support/test-databases.js';

const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-intel-errors-'));
// Each spawn starts a process (and some an embedded database): generous time on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One line, `<module>: <what is wrong> — <how to fix>`. */
const oneLine = /^[a-z]+: [^\n]+ — [^\n]+$/;

function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stderr: string; last: string }> {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(dir, 'cli-data'), ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, last: stderr.trimEnd().split('\n').at(-1)! })));
}

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (err: Error) => err.message);

describe('clear errors: each ends with one line saying what is wrong and how to fix it, and the exit code is not 0', () => {
  it('a bad config value lists every bad key, then one line naming them (spawned: the real exit code)', async () => {
    const r = await cli({ PORT: 'eighty', DATABASE_URL: 'mysql://db.example/news' }, 'migrate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ {2}DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL\n {2}PORT: /);
    expect(r.last).toBe('news-intel: config: bad values in DATABASE_URL, PORT — correct them in the environment, or unset them to take the default');
  });

  it('a Postgres server that does not answer (spawned)', async () => {
    const r = await cli({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/news' }, 'migrate');
    expect(r.code).toBe(1);
    expect(r.last).toBe('news-intel: db: cannot use the Postgres server at postgres://postgres@127.0.0.1:1/news: connect ECONNREFUSED 127.0.0.1:1'
      + ' — no server listens at 127.0.0.1:1: start it, or correct the host and port in DATABASE_URL (unset DATABASE_URL to use the embedded database in DATA_DIR)');
  });

  it('a port in use for serve (spawned, on the embedded database, which it leaves unlocked)', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await cli({ DATA_DIR: join(dir, 'serve-data') }, 'serve', '--port', String(port));
      expect(r.code).toBe(1);
      expect(r.last).toBe(`news-intel: serve: port ${port} on 127.0.0.1 is in use — stop the program using it, or choose another port with --port N or PORT=N`);
    } finally {
      busy.close();
    }
    const after = await openDatabase({ dataDir: join(dir, 'serve-data') });
    await after.close();
  });

  it('the address to listen on is not this machine\'s', async () => {
    const database = await openDatabase({ dataDir: 'memory://', migrate: false });
    try {
      const message = await failure(startServer(database, '192.0.2.1', 0));
      expect(message).toMatch(oneLine);
      expect(message).toBe('serve: cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine — set HOST (or --host) to one, such as 127.0.0.1');
    } finally {
      await database.close();
    }
  });

  it('bad values in config name each key in the last line', () => {
    let message = '';
    try { loadConfig({ FETCH_TIMEOUT_MS: '-5' }); } catch (err) { message = (err as Error).message; }
    expect(message.split('\n').at(-1)).toBe('config: bad value in FETCH_TIMEOUT_MS — correct it in the environment, or unset it to take the default');
  });

  it('a data folder that cannot be made: a file is in the way', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    for (const dataDir of [file, join(file, 'data')]) {
      const message = await failure(openDatabase({ dataDir }));
      expect(message).toMatch(oneLine);
      expect(message).toBe(`db: cannot create the data folder ${dataDir} (a file is in the way, not a folder) — set DATA_DIR to a folder this user can write`);
    }
  });

  it('a data folder this user cannot write (/proc: even root cannot write there)', async () => {
    const message = await failure(openDatabase({ dataDir: '/proc' }));
    expect(message).toMatch(oneLine);
    expect(message).toMatch(/^db: cannot write in the data folder \/proc \(E[A-Z]+\) — make it writable, or set DATA_DIR to a folder this user can write$/);
  });

  it('an embedded data folder another process holds is refused (no second writer); once that process is gone, it opens', async () => {
    const dataDir = join(dir, 'held');
    const first = await openDatabase({ dataDir, migrate: false });
    await first.close();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dataDir, '.news-intel.lock'), `${holder.pid}\n`);
      const message = await failure(openDatabase({ dataDir }));
      expect(message).toMatch(oneLine);
      expect(message).toBe(`db: the data folder ${dataDir} is in use by another process (pid ${holder.pid}), and the embedded database serves one process at a time`
        + ` — stop that process (or delete ${join(dataDir, '.news-intel.lock')} if it is gone), or set DATABASE_URL to a Postgres server to share the data`);
    } finally {
      await new Promise((resolve) => { holder.on('exit', resolve); holder.kill(); });
    }
    const reopened = await openDatabase({ dataDir, migrate: false });
    // The same folder twice in one process is refused too.
    expect(await failure(openDatabase({ dataDir, migrate: false }))).toMatch(/is in use by this process/);
    await reopened.close();
  });

  describe.skipIf(!serverUrl)(`wrong DATABASE_URL on a reachable server${serverUrl ? '' : ': TEST_DATABASE_URL is not set'}`, () => {
    const at = (path: string, user = 'postgres') => { const u = new URL(serverUrl!); u.username = user; u.pathname = path; return u.toString(); };

    it('a database that does not exist', async () => {
      const message = await failure(openDatabase({ databaseUrl: at('/news_intel_no_such_db'), dataDir: 'unused' }));
      expect(message).toMatch(oneLine);
      expect(message).toMatch(/: database "news_intel_no_such_db" does not exist — create it \(createdb news_intel_no_such_db\) or correct the database name in DATABASE_URL$/);
    });

    it('a user the server refuses', async () => {
      const message = await failure(openDatabase({ databaseUrl: at(new URL(serverUrl!).pathname, 'news_intel_no_such_user'), dataDir: 'unused' }));
      expect(message).toMatch(oneLine);
      expect(message).toMatch(/: .*news_intel_no_such_user.* — correct the user and password in DATABASE_URL, or allow this user in the server's pg_hba\.conf$/);
    });
  });
});
