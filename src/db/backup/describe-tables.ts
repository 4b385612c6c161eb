import type { Db } from '../database.js';
import { sqlRows } from './sql-rows.js';

export interface ColumnInfo {
  name: string;
  /** The column's type as SQL (format_type), for casts on restore. */
  type: string;
}

export interface TableInfo {
  name: string;
  /** Stored columns in their order; generated columns are left out (the database computes them again). */
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Columns of foreign keys to the table itself (companies.merged_into_id): restored in a second step. */
  selfReferences: string[];
  /** serial/identity columns with their sequence. */
  sequences: { column: string; sequence: string }[];
}

const attnums = (text: string) => text.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);

/**
 * The tables of the `public` schema, in an order where every table comes after the tables its foreign keys
 * point to (ties by name), with what backup and restore need to know about each.
 */
export async function describeTables(db: Db): Promise<TableInfo[]> {
  const tables = await sqlRows<{ oid: number; name: string }>(db, `
    select c.oid::int as oid, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`);
  const columns = await sqlRows<{ oid: number; num: number; name: string; type: string; generated: boolean; seq: string | null }>(db, `
    select a.attrelid::int as oid, a.attnum::int as num, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
      a.attgenerated <> '' as generated,
      pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) as seq
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped order by a.attrelid, a.attnum`);
  const constraints = await sqlRows<{ oid: number; ref: number; type: string; keys: string }>(db, `
    select con.conrelid::int as oid, con.confrelid::int as ref, con.contype::text as type, con.conkey::text as keys
    from pg_constraint con join pg_namespace n on n.oid = con.connamespace
    where n.nspname = 'public' and con.contype in ('p', 'f')`);

  const byOid = new Map(tables.map((t) => [t.oid, t.name]));
  const colName = (oid: number, num: number) => columns.find((c) => c.oid === oid && c.num === num)!.name;
  const infos = new Map<string, TableInfo & { deps: Set<string> }>();
  for (const t of tables) {
    const own = columns.filter((c) => c.oid === t.oid);
    const pk = constraints.find((c) => c.oid === t.oid && c.type === 'p');
    const fks = constraints.filter((c) => c.oid === t.oid && c.type === 'f');
    infos.set(t.name, {
      name: t.name,
      columns: own.filter((c) => !c.generated).map((c) => ({ name: c.name, type: c.type })),
      primaryKey: pk ? attnums(pk.keys).map((n) => colName(t.oid, n)) : [],
      selfReferences: fks.filter((f) => f.ref === t.oid).flatMap((f) => attnums(f.keys).map((n) => colName(t.oid, n))),
      sequences: own.filter((c) => c.seq).map((c) => ({ column: c.name, sequence: c.seq! })),
      deps: new Set(fks.filter((f) => f.ref !== t.oid && byOid.has(f.ref)).map((f) => byOid.get(f.ref)!)),
    });
  }

  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (done.size < infos.size) {
    const next = [...infos.values()].find((t) => !done.has(t.name) && [...t.deps].every((d) => done.has(d)));
    if (!next) {
      const left = [...infos.keys()].filter((n) => !done.has(n));
      throw new Error(`db: the foreign keys of tables ${left.join(', ')} form a cycle; backup and restore need an order`);
    }
    const { deps: _deps, ...info } = next;
    ordered.push(info);
    done.add(next.name);
  }
  return ordered;
}
