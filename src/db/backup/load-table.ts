import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import type { TableInfo } from './describe-tables.js';
import { queryErrorMessage } from './query-error-message.js';
import { ident } from './quote-ident.js';

const fixupTable = 'news_intel_restore_fixups';

type Row = { line: number; values: (string | null)[] };

/**
 * Inserts a table's rows from a backup a batch at a time. Values go in as text and are cast to each column's type.
 * Self-referencing columns (companies.merged_into_id) go in as null and are kept in a temporary table, then set by
 * `finish()` once every row of the table exists.
 */
export class TableLoader {
  private rows: Row[] = [];
  private readonly types: string[];
  private readonly self: number[];
  private readonly perInsert: number;
  count = 0;

  /** The temporary table for self-referencing values; dropped at commit. */
  static async prepare(tx: Db): Promise<void> {
    await tx.execute(sql.raw(`create temp table ${fixupTable} (tbl text not null, pk jsonb not null, vals jsonb not null) on commit drop`));
  }

  constructor(private readonly tx: Db, private readonly table: TableInfo, private readonly columns: string[], private readonly where: string) {
    this.types = columns.map((c) => table.columns.find((t) => t.name === c)!.type);
    this.self = table.selfReferences.map((c) => columns.indexOf(c)).filter((i) => i >= 0);
    if (this.self.length && !table.primaryKey.length) throw new Error(`restore: table ${table.name} refers to itself but has no primary key`);
    this.perInsert = Math.max(1, Math.min(500, Math.floor(30_000 / columns.length)));
  }

  async add(line: number, value: unknown): Promise<void> {
    if (!Array.isArray(value) || value.length !== this.columns.length || !value.every((v) => v === null || typeof v === 'string')) {
      throw new Error(`restore: ${this.where}: line ${line} (table ${this.table.name}) is not a row of ${this.columns.length} columns: the file is damaged`);
    }
    this.rows.push({ line, values: value as (string | null)[] });
    this.count += 1;
    if (this.rows.length >= this.perInsert) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    try {
      await this.tx.transaction((sp) => this.insert(sp, rows));
    } catch (err) {
      // Find the row: the batch rolled back to its savepoint; the rows go in one at a time until the bad one fails.
      let line = rows.length === 1 ? rows[0]!.line : null;
      for (const r of line === null ? rows : []) {
        try { await this.tx.transaction((sp) => this.insert(sp, [r])); } catch { line = r.line; break; }
      }
      const where = line === null ? `lines ${rows[0]!.line}-${rows.at(-1)!.line}` : `line ${line}`;
      throw new Error(`restore: ${this.where}: ${where} (table ${this.table.name}): ${queryErrorMessage(err)}`, { cause: err });
    }
  }

  private async insert(tx: Db, rows: Row[]): Promise<void> {
    const cast = (v: string | null, type: string) => sql`cast(cast(${v} as text) as ${sql.raw(type)})`;
    const tuples = rows.map((r) => sql`(${sql.join(r.values.map((v, i) => cast(this.self.includes(i) ? null : v, this.types[i]!)), sql`, `)})`);
    await tx.execute(sql`insert into ${sql.raw(ident(this.table.name))} (${sql.raw(this.columns.map(ident).join(', '))})
      overriding system value values ${sql.join(tuples, sql`, `)}`);
    const fixups = rows.filter((r) => this.self.some((i) => r.values[i] !== null));
    if (!fixups.length) return;
    const pk = (r: Row) => this.table.primaryKey.map((c) => r.values[this.columns.indexOf(c)] ?? null);
    await tx.execute(sql`insert into ${sql.raw(fixupTable)} (tbl, pk, vals) values ${sql.join(fixups.map((r) =>
      sql`(${this.table.name}, cast(${JSON.stringify(pk(r))} as jsonb), cast(${JSON.stringify(this.self.map((i) => r.values[i]))} as jsonb))`), sql`, `)}`);
  }

  /** Flushes the last batch and sets the self-referencing columns. */
  async finish(): Promise<void> {
    await this.flush();
    if (!this.self.length) return;
    const type = (c: string) => this.table.columns.find((t) => t.name === c)!.type;
    const sets = this.self.map((i, k) => `${ident(this.columns[i]!)} = cast(f.vals->>${k} as ${this.types[i]})`).join(', ');
    const match = this.table.primaryKey.map((c, k) => `t.${ident(c)} = cast(f.pk->>${k} as ${type(c)})`).join(' and ');
    await this.tx.execute(sql`update ${sql.raw(ident(this.table.name))} as t set ${sql.raw(sets)}
      from ${sql.raw(fixupTable)} f where f.tbl = ${this.table.name} and ${sql.raw(match)}`);
  }
}
