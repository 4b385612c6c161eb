import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOpml } from '../src/ingest/parse/parse-opml.js';
import { opml } from './feeds-fixture-server.js';

const run = promisify(execFile);
const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-intel-feeds-'));
const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
const cli = (...args: string[]) => run(process.execPath, [bin, ...args], { env, maxBuffer: 16 << 20 });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news-intel feeds (CLI, embedded database)', () => {
  it('imports OPML, adds a feed with tags and full text, lists them with their state, and exports OPML', async () => {
    const file = join(dir, 'subs.opml');
    writeFileSync(file, opml);
    expect((await cli('feeds', 'import', file)).stdout).toMatch(/3 feeds: 3 added, 0 already present/);
    const added = await cli('feeds', 'add', 'https://quarry.example/feed', '--tag', 'Mining', '--tag', 'Funding', '--full-text');
    expect(added.stdout).toMatch(/feeds: added #4 https:\/\/quarry\.example\/feed \(tags: Mining, Funding\)/);
    const list = (await cli('feeds')).stdout;
    expect(list).toContain('#1  Fixture Wire  [url]  tags: Funding, M&A');
    expect(list).toContain('#4  (untitled)  [url, full text]  tags: Mining, Funding');
    expect(list).toMatch(/0 articles · last success never · next check now/);
    const out = join(dir, 'out.opml');
    const exported = await cli('feeds', 'export', '--out', out);
    expect(exported.stderr).toContain('wrote 4 feeds');
    const back = parseOpml(readFileSync(out, 'utf8'), out);
    expect(back.feeds.map((f) => [f.url, [...f.tags].sort()])).toEqual(expect.arrayContaining([
      ['https://wire.example/feed.xml', ['Funding', 'M&A']], ['https://quarry.example/feed', ['Funding', 'Mining']], ['https://loose.example/rss', []],
    ]));
    await expect(cli('feeds', 'add', 'ftp://nope.example/x')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is not an http(s) URL') });
  }, 900_000);
});
