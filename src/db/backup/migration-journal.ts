import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** One drizzle migration: its tag (file name), journal time (drizzle's `created_at`), hash and statements. */
export interface Migration {
  tag: string;
  when: number;
  hash: string;
  statements: string[];
}

/** The migrations of drizzle/ in journal order, read exactly as drizzle's migrator reads them (same split, same hash). */
export function migrationJournal(folder = migrationsFolder): Migration[] {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as { entries: { tag: string; when: number }[] };
  const files = readMigrationFiles({ migrationsFolder: folder });
  return journal.entries.map((e, i) => ({ tag: e.tag, when: e.when, hash: files[i]!.hash, statements: files[i]!.sql }));
}
