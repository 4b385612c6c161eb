import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const page = new URL('../../shared/samples/freshrss-page.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-intel-cli-'));
const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
const cli = (...args: string[]) => run(process.execPath, [bin, ...args], { env, maxBuffer: 64 << 20 });
// Each call starts a process and an embedded database: generous time on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news-intel CLI', () => {
  it.skipIf(!existsSync(page))('extract prints one JSON object per article of the sample page, with id and title', async () => {
    const { stdout } = await cli('extract', page);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(20);
    for (const l of lines) {
      expect(l).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), companies: expect.any(Array), deals: expect.any(Array) }));
    }
    expect(lines[2].title).toBe('Aspire raises $32.5M to help SMEs secure fast finance in Southeast Asia');
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });

  it('ingests JSON articles into the embedded database, twice without duplicates, and exports CSV', async () => {
    const file = join(dir, 'news.json');
    writeFileSync(file, JSON.stringify([{
      id: 'cli-1', title: 'Brightkiln raises $12 million Series A', published: '2024-05-02',
      body: 'Brightkiln, a Leeds-based startup, has raised $12 million in a Series A round led by Ostrava Capital Partners.',
    }]));
    const first = await cli('ingest', file);
    expect(first.stdout).toContain('1 articles: 1 new');
    const second = await cli('ingest', file);
    expect(second.stdout).toContain('0 new, 0 updated, 1 unchanged');
    const out = join(dir, 'deals.csv');
    await cli('export', 'deals', '--format', 'csv', '--out', out);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFdeal_id,type,subject')).toBe(true);
    expect(csv).toContain('funding,Brightkiln,Series A,12000000,USD');
  });

  it('fails with one clear line for a missing file, a bad format and a bad environment', async () => {
    await expect(cli('ingest', join(dir, 'nope.json'))).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/nope\.json: failed: ingest: .*cannot read file \(ENOENT\)/) });
    await expect(cli('export', 'deals', '--format', 'xlsx')).rejects.toMatchObject({ stderr: expect.stringContaining('--format xlsx is not supported') });
    await expect(run(process.execPath, [bin, 'migrate'], { env: { ...env, DATABASE_URL: 'mysql://x', PORT: 'abc' } }))
      .rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/config: invalid environment:\n {2}DATABASE_URL: .*\n {2}PORT: /) });
    await expect(cli('frobnicate')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
  });
});
