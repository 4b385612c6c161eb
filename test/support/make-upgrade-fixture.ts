// Writes test/fixtures/upgrade/<tag>.sql: the rows of a database at migration <tag> (default: the one before the
// newest) holding the demo news, a merge and a token, for test/upgrade.test.ts.
// Run: npx tsx test/support/make-upgrade-fixture.ts [--at <tag>]
// The rows come from this program (demo ingest) and keep only the columns that existed at <tag>; run it when a new
// migration lands if the upgrade from the then-previous version should be covered as well (older fixtures stay).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyMigrations } from '../../src/db/backup/apply-migrations.js';
import { describeTables } from '../../src/db/backup/describe-tables.js';
import { migrationJournal } from '../../src/db/backup/migration-journal.js';
import { ident } from '../../src/db/backup/quote-ident.js';
import { sqlRows } from '../../src/db/backup/sql-rows.js';
import { openDatabase } from '../../src/db/open-database.js';
import { fillDemo } from './backup-kit.js';

const literal = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
export const breakpoint = '--> statement-breakpoint';

async function main() {
  const { values } = parseArgs({ options: { at: { type: 'string' } } });
  const journal = migrationJournal();
  const at = values.at ? journal.findIndex((m) => m.tag === values.at) : journal.length - 2;
  if (at < 0) throw new Error(`make-upgrade-fixture: ${values.at ? `no migration ${values.at}` : 'only one migration: there is no previous version'}`);
  const tag = journal[at]!.tag;

  const old = await openDatabase({ dataDir: 'memory://', migrate: false });
  await old.db.transaction((tx) => applyMigrations(tx, journal.slice(0, at + 1)));
  const tables = await describeTables(old.db);
  await old.close();

  const current = await openDatabase({ dataDir: 'memory://' });
  await fillDemo(current.db);
  const out = [
    `-- news-intel upgrade fixture: a database at migration ${tag} holding the demo news, a merge and a token.`,
    '-- Made by test/support/make-upgrade-fixture.ts; read by test/upgrade.test.ts. Statements end at breakpoints, as in drizzle/.',
    `-- migration: ${tag}`,
  ];
  const statements: string[] = [];
  await current.db.transaction(async (tx) => {
    await sqlRows(tx, "set local timezone = 'UTC'");
    for (const t of tables) {
      const cols = t.columns.map((c) => c.name);
      const rows = await sqlRows<Record<string, string | null>>(tx,
        `select ${cols.map((c, i) => `${ident(c)}::text as c${i}`).join(', ')} from ${ident(t.name)} order by ${(t.primaryKey.length ? t.primaryKey : cols).map(ident).join(', ')}`);
      if (!rows.length) continue;
      const self = new Set(t.selfReferences);
      const tuples = rows.map((r) => `(${cols.map((c, i) => (self.has(c) ? 'NULL' : literal(r[`c${i}`] ?? null))).join(', ')})`);
      statements.push(`INSERT INTO ${ident(t.name)} (${cols.map(ident).join(', ')}) VALUES\n${tuples.join(',\n')};`);
      for (const r of rows) {
        const sets = cols.flatMap((c, i) => (self.has(c) && r[`c${i}`] !== null ? [`${ident(c)} = ${literal(r[`c${i}`]!)}`] : []));
        const key = t.primaryKey.map((c) => `${ident(c)} = ${literal(r[`c${cols.indexOf(c)}`]!)}`).join(' AND ');
        if (sets.length) statements.push(`UPDATE ${ident(t.name)} SET ${sets.join(', ')} WHERE ${key};`);
      }
      for (const s of t.sequences) {
        statements.push(`SELECT setval('${s.sequence}', (SELECT max(${ident(s.column)}) FROM ${ident(t.name)}));`);
      }
    }
  });
  await current.close();
  const file = fileURLToPath(new URL(`../fixtures/upgrade/${tag}.sql`, import.meta.url));
  await writeFile(file, `${out.join('\n')}\n${statements.join(`\n${breakpoint}\n`)}\n`);
  console.log(`make-upgrade-fixture: wrote ${file} (${statements.length} statements)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
