import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { dealFiltersSchema } from '../../db/queries/deal-filters.js';
import { dealsCsv } from '../../export/deals-csv.js';
import { openFromConfig } from '../open-from-config.js';

export const exportUsage = 'news-intel export deals --format csv [--out FILE] [--type T] [--round R] [--company C] [--min-usd N] [--max-usd N] [--from D] [--to D]';

/** Writes the deals table, one row per deal, as CSV to stdout or a file. */
export async function exportCommand(args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true,
    options: {
      format: { type: 'string', default: 'csv' }, out: { type: 'string' }, bom: { type: 'boolean', default: true },
      type: { type: 'string' }, round: { type: 'string' }, company: { type: 'string' },
      'min-usd': { type: 'string' }, 'max-usd': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    },
  });
  if (positionals[0] !== 'deals' || positionals.length !== 1) throw new Error(`usage: ${exportUsage}`);
  if (values.format !== 'csv') throw new Error(`export: --format ${values.format} is not supported (supported: csv)`);
  const parsed = dealFiltersSchema.safeParse({
    type: values.type, round: values.round, company: values.company, min_usd: values['min-usd'], max_usd: values['max-usd'], from: values.from, to: values.to,
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`export: --${String(i.path[0] ?? 'filter').replace('_', '-')} ${i.message}`);
  }
  const database = await openFromConfig();
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    for await (const chunk of dealsCsv(database.db, parsed.data, { bom: values.bom })) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    if (values.out) await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())));
    await database.close();
  }
}
