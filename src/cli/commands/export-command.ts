import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { DEAL_FILTER_KEYS, dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { exportDeals } from '../../export/export-deals.js';
import { openFromConfig } from '../open-from-config.js';

export const exportUsage = 'news-intel export deals --format csv|jsonl [--out FILE] [--no-bom] [--type T] [--round R] [--company C] [--investor I] [--min-usd N] [--from D] [--to D] [--q TEXT] ...';

const flag = (key: string) => key.replace(/_/g, '-');

/** Writes the deals table, one row per deal, as CSV or JSON Lines to stdout or a file; takes the API's deal filters as flags. */
export async function exportCommand(args: string[]): Promise<void> {
  const filterOptions = Object.fromEntries(DEAL_FILTER_KEYS.map((k) => [flag(k), { type: 'string' as const }]));
  const { positionals, values } = parseArgs({
    args, allowPositionals: true, allowNegative: true,
    options: { ...filterOptions, format: { type: 'string', default: 'csv' }, out: { type: 'string' }, bom: { type: 'boolean', default: true } },
  });
  if (positionals[0] !== 'deals' || positionals.length !== 1) throw new Error(`usage: ${exportUsage}`);
  const format = values.format;
  if (format !== 'csv' && format !== 'jsonl') throw new Error(`export: --format ${String(format)} is not supported (supported: csv, jsonl)`);
  const parsed = dealFiltersSchema.safeParse(Object.fromEntries(DEAL_FILTER_KEYS.map((k) => [k, (values as Record<string, unknown>)[flag(k)]])));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`export: --${flag(String(i.path[0] ?? 'filter'))} ${i.message}`);
  }
  const database = await openFromConfig();
  const out = values.out ? createWriteStream(values.out as string) : process.stdout;
  try {
    for await (const chunk of exportDeals(database.db, parsed.data, format, { bom: values.bom as boolean })) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    if (values.out) await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())));
    await database.close();
  }
}
