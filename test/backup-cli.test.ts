import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.js';
import { everyRow, fillDemo } from './support/backup-kit.js';

const run = promisify(execFile);
const bin = new URL('../bin/news-intel.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-intel-backup-cli-'));
const cli = (dataDir: string, ...args: string[]) => run(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir } });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('news-intel backup <file> and news-intel restore <file> carry an embedded database to a new data folder', async () => {
  const from = join(dir, 'from');
  const source = await openDatabase({ dataDir: from });
  await fillDemo(source.db);
  const rows = await everyRow(source.db);
  await source.close();

  const file = join(dir, 'news.nib.gz');
  const backup = await cli(from, 'backup', file);
  expect(backup.stdout).toMatch(new RegExp(`^news-intel: backed up pglite \\(${from}\\) at migration \\S+: \\d+ tables, \\d+ rows, [\\d.]+ KiB in [\\d.]+ s to ${file}\\n$`));
  expect(statSync(file).size).toBeGreaterThan(1000);

  const to = join(dir, 'to');
  const restore = await cli(to, 'restore', file);
  expect(restore.stdout).toMatch(new RegExp(`^news-intel: restored \\d+ rows in \\d+ tables from ${file} \\(a pglite backup of .*\\) into pglite \\(${to}\\), now at migration \\S+, in [\\d.]+ s\\n$`));
  const target = await openDatabase({ dataDir: to });
  try {
    expect(await everyRow(target.db)).toEqual(rows);
  } finally {
    await target.close();
  }
}, 300_000);
