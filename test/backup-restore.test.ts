import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../src/db/backup/restore-backup.js';
import { writeBackup } from '../src/db/backup/write-backup.js';
import { migrationJournal } from '../src/db/backup/migration-journal.js';
import { migrationState } from '../src/db/backup/migration-state.js';
import { apiAnswers, engines, everyRow, fillDemo, unordered } from './support/backup-kit.js';
import type { TestDatabase } from './support/test-databases.js';

const newest = migrationJournal().at(-1)!.tag;
const ordered = ['/api/deals?limit=100', '/api/deals?type=funding&sort=amount&limit=20', '/api/deals.csv', '/api/deals.jsonl'];

/** The same answers: exactly for ordered lists, row for row (ties in any order) for the rest. */
function expectSameAnswers(got: Awaited<ReturnType<typeof apiAnswers>>, want: Awaited<ReturnType<typeof apiAnswers>>) {
  expect(Object.keys(got)).toEqual(Object.keys(want));
  for (const [path, w] of Object.entries(want)) {
    expect(w.status, path).toBe(200);
    expect(got[path]!.status, path).toBe(200);
    if (ordered.includes(path)) expect(got[path]!.body, path).toBe(w.body);
    else expect(unordered(got[path]!.body), path).toBe(unordered(w.body));
  }
}

/** Rewrites the uncompressed lines of a backup. */
async function edit(from: string, to: string, change: (lines: string[]) => string[]) {
  const lines = gunzipSync(await readFile(from)).toString('utf8').split('\n');
  await writeFile(to, gzipSync(change(lines).join('\n')));
}

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'news-intel-backup-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

for (const engine of engines) {
  describe.skipIf(engine.skip)(`backup and restore (${engine.name})${engine.skip ? `: ${engine.skip}` : ''}`, () => {
    let source: TestDatabase;
    let file: string;
    let rows: Record<string, string[]>;
    let answers: Awaited<ReturnType<typeof apiAnswers>>;
    const opened: TestDatabase[] = [];
    const fresh = async (migrate = true) => { const d = await engine.open(migrate); opened.push(d); return d; };

    beforeAll(async () => {
      source = await fresh();
      await fillDemo(source.db);
      rows = await everyRow(source.db);
      answers = await apiAnswers(source.db);
      file = join(dir, `${engine.name}.nib.gz`);
      const summary = await writeBackup(source, file);
      expect(summary).toMatchObject({ file, migration: newest, tables: Object.keys(rows).length });
      expect(summary.rows).toBe(Object.values(rows).reduce((n, r) => n + r.length, 0));
    }, 300_000);
    afterAll(async () => { for (const d of opened) await d.destroy(); });

    it('fills every table before the backup (so the comparison covers them all)', () => {
      for (const [table, r] of Object.entries(rows)) expect(r.length, table).toBeGreaterThan(0);
    });

    it('restores every row of every table, and the API answers the same', async () => {
      const target = await fresh(false);
      const s = await restoreBackup(target, file);
      expect(s).toMatchObject({ from: newest, to: newest, source: engine.name });
      expect(await everyRow(target.db)).toEqual(rows);
      expectSameAnswers(await apiAnswers(target.db), answers);
      expect((await migrationState(target.db))?.tag).toBe(newest);
    }, 300_000);

    it('restores into an empty database the program already migrated, and new rows take new ids', async () => {
      const target = await fresh(true);
      await restoreBackup(target, file);
      expect(await everyRow(target.db)).toEqual(rows);
      const before = rows.deals!.length;
      const res = await target.db.execute("insert into deals (type, status, confidence) values ('funding', 'completed', 0.5) returning id");
      expect((res as unknown as { rows: { id: number }[] }).rows[0]!.id).toBeGreaterThan(before);
    }, 300_000);

    it('refuses a target that holds data, and changes nothing in it; --force replaces it', async () => {
      const target = await fresh();
      await target.db.execute("insert into feeds (source, format) values ('/somewhere/else.json', 'json')");
      const held = await everyRow(target.db);
      await expect(restoreBackup(target, file)).rejects.toThrow(/already holds data \(1 rows in feeds\); restore into an empty database, or pass --force/);
      expect(await everyRow(target.db)).toEqual(held);
      await restoreBackup(target, file, { force: true });
      expect(await everyRow(target.db)).toEqual(rows);
    }, 300_000);

    it('a truncated, damaged or edited file fails naming the file and the place, and restores nothing', async () => {
      const target = await fresh();
      const empty = await everyRow(target.db);
      const bytes = await readFile(file);
      const lines = gunzipSync(bytes).toString('utf8').split('\n');
      const dealsAt = (l: string[]) => l.indexOf('{"table":"deals"}');
      const cases: [string, (to: string) => Promise<void>, RegExp][] = [
        ['cut.gz', (to) => writeFile(to, bytes.subarray(0, Math.floor(bytes.length * 0.6))), /cut\.gz is truncated or damaged after line \d+/],
        // A damaged checksum: every line still parses, only gzip's CRC over the whole text tells.
        ['bad-crc.gz', async (to) => { const b = Buffer.from(bytes); b[b.length - 6]! ^= 0xff; await writeFile(to, b); }, /bad-crc\.gz is truncated or damaged after line \d+ \(incorrect data check\)/],
        ['plain.json', (to) => writeFile(to, '{"hello": 1}\n'), /plain\.json is not a gzip file/],
        ['no-end.gz', (to) => edit(file, to, (l) => l.slice(0, -3)), /no-end\.gz is truncated: it stops before the end of the backup/],
        ['row-missing.gz', (to) => edit(file, to, (l) => l.filter((_, i) => i !== dealsAt(l) + 3)),
          /row-missing\.gz: table deals has \d+ rows up to line \d+ where the header says \d+/],
        ['bad-value.gz', (to) => edit(file, to, (l) => { const i = dealsAt(l) + 3; l[i] = l[i]!.replace(/^\["\d+"/, '["seven"'); return l; }),
          new RegExp(`bad-value\\.gz: line ${dealsAt(lines) + 4} \\(table deals\\): invalid input syntax for type integer: "seven"$`)],
        ['not-json.gz', (to) => edit(file, to, (l) => { l[5] = `${l[5]!.slice(0, 10)}`; return l; }), /not-json\.gz: line 6 is not valid JSON/],
        ['not-backup.gz', (to) => writeFile(to, gzipSync('{"format":"something-else"}\n')), /not-backup\.gz is not a usable news-intel backup: its first line is not a news-intel backup header/],
      ];
      for (const [name, make, error] of cases) {
        const bad = join(dir, `${engine.name}-${name}`);
        await make(bad);
        await expect(restoreBackup(target, bad), name).rejects.toThrow(error);
        expect(await everyRow(target.db), name).toEqual(empty);
      }
    }, 300_000);

    it.skipIf(engine.name !== 'postgres')('takes one consistent snapshot while another connection keeps writing', async () => {
      const other = new pg.Client({ connectionString: source.location.replace('***', '') });
      await other.connect();
      const during = join(dir, 'during.nib.gz');
      try {
        await writeBackup(source, during, async (table) => {
          if (table !== 'api_tokens') return;
          await other.query("insert into feeds (source, format) values ('/written/during/backup.json', 'json')");
          await other.query('delete from mentions where article_id = (select min(article_id) from mentions)');
          await other.query("update deals set review = 'rejected' where id = (select min(id) from deals)");
        });
      } finally {
        await other.end();
      }
      const target = await fresh(false);
      await restoreBackup(target, during);
      expect(await everyRow(target.db)).toEqual(rows);
      expect(await everyRow(source.db)).not.toEqual(rows);
    });
  });
}

describe.skipIf(engines[1]!.skip)(`a backup restores onto the other engine${engines[1]!.skip ? `: ${engines[1]!.skip}` : ''}`, () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => { for (const d of opened) await d.destroy(); });

  it('PGlite to the server and back', async () => {
    const [lite, server] = [engines[0]!, engines[1]!];
    const a = await lite.open(); opened.push(a);
    await fillDemo(a.db);
    const rows = await everyRow(a.db, true);
    const answers = await apiAnswers(a.db);
    await writeBackup(a, join(dir, 'cross-1.nib.gz'));
    const b = await server.open(false); opened.push(b);
    await restoreBackup(b, join(dir, 'cross-1.nib.gz'));
    expect(await everyRow(b.db, true)).toEqual(rows);
    expectSameAnswers(await apiAnswers(b.db), answers);
    await writeBackup(b, join(dir, 'cross-2.nib.gz'));
    const c = await lite.open(false); opened.push(c);
    await restoreBackup(c, join(dir, 'cross-2.nib.gz'));
    expect(await everyRow(c.db, true)).toEqual(rows);
    expectSameAnswers(await apiAnswers(c.db), answers);
  }, 300_000);
});
