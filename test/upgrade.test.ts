import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { applyMigrations } from '../src/db/backup/apply-migrations.js';
import { restoreBackup } from '../src/db/backup/restore-backup.js';
import { writeBackup } from '../src/db/backup/write-backup.js';
import { describeTables, type TableInfo } from '../src/db/backup/describe-tables.js';
import { migrationJournal } from '../src/db/backup/migration-journal.js';
import { migrationState } from '../src/db/backup/migration-state.js';
import { ident } from '../src/db/backup/quote-ident.js';
import { sqlRows } from '../src/db/backup/sql-rows.js';
import type { Database, Db } from '../src/db/database.js';
import { openDatabase } from '../src/db/open-database.js';
import { createServerDatabase, dropServerDatabase, engines } from './support/backup-kit.js';
import { breakpoint } from './support/make-upgrade-fixture.js';

/**
 * Columns a migration removes on purpose, as `table.column` (none yet). A column or table that disappears without
 * being listed here fails the test: upgrades keep every row and every value.
 */
const intentionallyDropped = new Set<string>([]);

const fixtureDir = fileURLToPath(new URL('./fixtures/upgrade/', import.meta.url));
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.sql')).sort();
const journal = migrationJournal();
const newest = journal.at(-1)!;

/** The rows of each table, as text of the given columns, ordered by primary key. */
async function contents(db: Db, tables: TableInfo[]): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await sqlRows(tx, "set local timezone = 'UTC'");
    const out: Record<string, string[]> = {};
    for (const t of tables) {
      const cols = t.columns.map((c) => `x.${ident(c.name)}`).join(', ');
      const order = (t.primaryKey.length ? t.primaryKey : t.columns.map((c) => c.name)).map((c) => `x.${ident(c)}`).join(', ');
      out[t.name] = (await sqlRows<{ r: string }>(tx, `select row(${cols})::text as r from ${ident(t.name)} x order by ${order}`)).map((r) => r.r);
    }
    return out;
  });
}

/** Where each engine keeps a database that survives being closed and opened again by the program. */
const places: Record<string, () => Promise<{ open: (migrate: boolean) => Promise<Database>; drop: () => Promise<void> }>> = {
  pglite: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-intel-upgrade-'));
    return { open: (migrate) => openDatabase({ dataDir: join(dir, 'data'), migrate }), drop: () => rm(dir, { recursive: true, force: true }) };
  },
  postgres: async () => {
    const url = await createServerDatabase();
    return { open: (migrate) => openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', migrate }), drop: () => dropServerDatabase(url) };
  },
};

it('has an upgrade fixture for the version before the newest migration', () => {
  expect(journal.length).toBeGreaterThan(1);
  expect(fixtures, 'run: npx tsx test/support/make-upgrade-fixture.ts').toContain(`${journal.at(-2)!.tag}.sql`);
});

for (const engine of engines) {
  describe.skipIf(engine.skip)(`upgrade (${engine.name})${engine.skip ? `: ${engine.skip}` : ''}`, () => {
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => { for (const d of drops) await d(); });

    for (const fixture of fixtures) {
      const text = readFileSync(join(fixtureDir, fixture), 'utf8');
      const tag = /^-- migration: (\S+)$/m.exec(text)?.[1];
      const at = journal.findIndex((m) => m.tag === tag);

      it(`a database at ${tag} full of data migrates to ${newest.tag} keeping every row and value, and the API answers`, async () => {
        expect(at, `${fixture} names migration ${tag}, which drizzle/ does not have`).toBeGreaterThanOrEqual(0);
        expect(at, `${fixture} is at the newest migration: nothing to upgrade`).toBeLessThan(journal.length - 1);
        const place = await places[engine.name]!();
        drops.push(place.drop);

        // The older version, built as drizzle would have built it then, holding the fixture's rows.
        const old = await place.open(false);
        await old.db.transaction(async (tx) => {
          await applyMigrations(tx, journal.slice(0, at + 1));
          for (const statement of text.split(breakpoint)) await sqlRows(tx, statement);
        });
        const before = (await describeTables(old.db)).map((t) => ({ ...t, columns: t.columns.filter((c) => !intentionallyDropped.has(`${t.name}.${c.name}`)) }));
        const kept = await contents(old.db, before);
        expect(Object.values(kept).reduce((n, r) => n + r.length, 0)).toBeGreaterThan(500);
        const backup = join(tmpdir(), `news-intel-upgrade-${engine.name}-${tag}-${process.pid}.nib.gz`);
        if (fixture === fixtures[0]) await writeBackup(old, backup);
        await old.close();

        // The program opens it: drizzle's migrator applies what came after.
        const now = await place.open(true);
        try {
          expect((await migrationState(now.db))?.tag).toBe(newest.tag);
          const after = new Map((await describeTables(now.db)).map((t) => [t.name, t]));
          for (const t of before) {
            expect(after.has(t.name), `table ${t.name} disappeared`).toBe(true);
            for (const c of t.columns) expect(after.get(t.name)!.columns.map((x) => x.name), `column ${t.name}.${c.name} disappeared`).toContain(c.name);
          }
          expect(await contents(now.db, before)).toEqual(kept);

          const app = createApp(now.db);
          const [deals] = await sqlRows<{ n: number; id: number }>(now.db,
            "select count(*)::int as n, (select subject_id from deals where subject_id is not null order by id limit 1) as id from deals where review is distinct from 'rejected'");
          const list = await app.request('/api/deals?limit=100');
          expect(list.status).toBe(200);
          expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(Math.min(100, deals!.n));
          const jsonl = await app.request('/api/deals.jsonl');
          expect((await jsonl.text()).trim().split('\n')).toHaveLength(deals!.n);
          for (const path of [`/api/companies/${deals!.id}`, `/api/companies/${deals!.id}/graph`, '/api/stats/deals', '/api/merges', '/api/articles?q=million']) {
            expect((await app.request(path)).status, path).toBe(200);
          }
        } finally {
          await now.close();
        }

        // A backup made at that older version restores into this program: rebuilt at its version, then migrated.
        if (fixture !== fixtures[0]) return;
        const target = await engine.open(true);
        try {
          expect(await restoreBackup(target, backup)).toMatchObject({ from: tag, to: newest.tag });
          expect(await contents(target.db, before)).toEqual(kept);
        } finally {
          await target.destroy();
          await rm(backup, { force: true });
        }
      }, 300_000);
    }
  });
}
