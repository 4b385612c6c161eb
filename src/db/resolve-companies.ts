import { sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { lockKeys } from './lock-keys.js';
import { knownKey as normName } from '../extract/companies/known-key.js';
import { rowsOf } from './rows-of.js';

/** One company as a text names it: every written form (the first is the fullest) and how sure extraction was. */
export interface NameGroup { aliases: string[]; confidence: number }

/** `key`: the company's own key (norm_name), fixed when it is made; `norm`: its display name's, which a fuller form replaces. */
interface Target { id: number | null; pending?: number; name: string; key: string; norm: string; confidence: number; dirty: boolean }

/** The usable written forms of a group, by normalised key, in the order given. */
function formsOf(group: NameGroup): Map<string, string> {
  const forms = new Map<string, string>();
  for (const a of group.aliases) {
    const n = normName(a);
    if (n && !forms.has(n)) forms.set(n, a.trim());
  }
  return forms;
}

/**
 * Finds or creates the company of every group, in a handful of statements whatever the number of groups, with the
 * result one group at a time would give: a group takes the lowest-id company any of its forms already names (forms
 * recorded by earlier groups count), or a new company named by its first form; its other forms become aliases; a
 * fuller form ("Orbitwell Systems" for "Orbitwell") becomes the display name; confidence only rises.
 * The forms are locked for the transaction first, so concurrent writers of one name take turns instead of racing.
 * Returns one company id per group, null for a group with no usable form.
 */
export async function resolveCompanies(db: Db, groups: NameGroup[]): Promise<(number | null)[]> {
  const formsByGroup = groups.map(formsOf);
  const keys = [...new Set(formsByGroup.flatMap((f) => [...f.keys()]))];
  if (!keys.length) return groups.map(() => null);
  await lockKeys(db, 'company-name', keys);

  const known = rowsOf<{ norm_alias: string; company_id: number; name: string; confidence: number }>(await db.execute(sql`
    select a.norm_alias, a.company_id, c.name, c.confidence from company_aliases a join companies c on c.id = a.company_id
    where a.norm_alias = any(${sql.param(keys)}::text[])`));
  const targets: Target[] = [];
  const byCompany = new Map<number, Target>();
  const owner = new Map<string, Target>();
  for (const k of known) {
    let t = byCompany.get(k.company_id);
    if (!t) {
      t = { id: k.company_id, name: k.name, key: '', norm: normName(k.name), confidence: k.confidence, dirty: false };
      byCompany.set(k.company_id, t);
      targets.push(t);
    }
    owner.set(k.norm_alias, t);
  }
  const freshAliases: { norm: string; alias: string; target: Target }[] = [];
  let created = 0;
  const order = (t: Target) => (t.id !== null ? t.id : Number.MAX_SAFE_INTEGER - 1e6 + t.pending!);
  const result: (Target | null)[] = formsByGroup.map((forms, i) => {
    if (!forms.size) return null;
    const confidence = groups[i]!.confidence;
    const [firstNorm, firstForm] = [...forms][0]!;
    const hits = [...forms.keys()].map((n) => owner.get(n)).filter((t): t is Target => t !== undefined);
    let target = hits.sort((a, b) => order(a) - order(b))[0];
    if (!target) {
      target = { id: null, pending: created++, name: firstForm, key: firstNorm, norm: firstNorm, confidence, dirty: true };
      targets.push(target);
    } else {
      if (target.confidence < confidence) Object.assign(target, { confidence, dirty: true });
      // "Orbitwell" known, "Orbitwell Systems" seen: show the fuller name.
      if (firstNorm.startsWith(`${target.norm} `)) Object.assign(target, { name: firstForm, norm: firstNorm, dirty: true });
    }
    for (const [norm, alias] of forms) {
      if (owner.has(norm)) continue;
      owner.set(norm, target);
      freshAliases.push({ norm, alias, target });
    }
    return target;
  });

  const fresh = targets.filter((t) => t.id === null);
  if (fresh.length) {
    // The companies' own key may be taken by a company no alias names any more: that one is reused.
    const rows = rowsOf<{ id: number; norm_name: string }>(await db.execute(sql`
      insert into companies (name, norm_name, confidence)
      select n, k, c from unnest(${sql.param(fresh.map((t) => t.name))}::text[], ${sql.param(fresh.map((t) => t.key))}::text[], ${sql.param(fresh.map((t) => t.confidence))}::real[])
        with ordinality as u(n, k, c, i) order by i
      on conflict (norm_name) do update set norm_name = excluded.norm_name
      returning id, norm_name`));
    const ids = new Map(rows.map((r) => [r.norm_name, r.id]));
    for (const t of fresh) t.id = ids.get(t.key)!;
  }
  const changed = targets.filter((t) => t.dirty && t.pending === undefined);
  if (changed.length) {
    await db.execute(sql`
      update companies c set name = u.n, confidence = greatest(c.confidence, u.c)
      from unnest(${sql.param(changed.map((t) => t.id!))}::int[], ${sql.param(changed.map((t) => t.name))}::text[], ${sql.param(changed.map((t) => t.confidence))}::real[]) as u(id, n, c)
      where c.id = u.id`);
  }
  if (freshAliases.length) {
    await db.execute(sql`
      insert into company_aliases (norm_alias, alias, company_id)
      select * from unnest(${sql.param(freshAliases.map((a) => a.norm))}::text[], ${sql.param(freshAliases.map((a) => a.alias))}::text[], ${sql.param(freshAliases.map((a) => a.target.id!))}::int[])
      on conflict do nothing`);
  }
  return result.map((t) => t?.id ?? null);
}
