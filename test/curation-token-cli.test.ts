import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenCommand } from '../src/cli/commands/token-command.js';
import { openDatabase } from '../src/db/open-database.js';
import { verifyToken } from '../src/db/tokens/verify-token.js';

const dir = mkdtempSync(join(tmpdir(), 'news-intel-token-'));
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

/** Runs the command in this process and returns what it printed. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
  const error = vi.spyOn(console, 'error').mockImplementation((s: string) => { err.push(s); });
  try {
    return { code: await tokenCommand(args), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('news-intel token (pglite)', () => {
  beforeAll(() => {
    process.env.DATA_DIR = join(dir, 'data');
    process.env.DATABASE_URL = '';
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a token printed once, lists it without the token, and revokes it', async () => {
    const created = await run('create', 'ana laptop');
    expect(created.code).toBe(0);
    expect(created.out).toHaveLength(1);
    const token = created.out[0]!;
    expect(token).toMatch(/^ni_[A-Za-z0-9_-]{43}$/);
    expect(created.err.join('\n')).toContain('shown only this once');

    const listed = await run('list');
    expect(listed.out).toEqual([expect.stringMatching(/^1\tana laptop\tcreated \S+\tlast used never\tactive$/)]);
    expect(listed.out.join('\n')).not.toContain(token.slice(3));

    expect((await run('revoke', '1')).out).toEqual([expect.stringMatching(/^1\tana laptop\t.*\trevoked \d{4}-/)]);
    const database = await openDatabase({ dataDir: process.env.DATA_DIR! });
    try {
      expect(await verifyToken(database.db, token)).toBeNull();
    } finally {
      await database.close();
    }
  }, 300_000);

  it('fails with a clear line for bad arguments and unknown ids', async () => {
    await expect(run('revoke', '99')).rejects.toThrow('token revoke: there is no token with id 99');
    await expect(run('revoke', 'abc')).rejects.toThrow('the id must be a positive integer');
    await expect(run('create')).rejects.toThrow(/^usage: news-intel token/);
    await expect(run('list', 'extra')).rejects.toThrow(/^usage:/);
    await expect(run('rotate')).rejects.toThrow(/^usage:/);
    await expect(run('create', ' ')).rejects.toThrow('name must be 1 to 100 characters');
  }, 120_000);
});
