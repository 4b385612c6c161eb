// npm run bench [-- --only a,b] [section flags]: prints each figure next to its reference measured in the same run.
// Sections and their flags: extraction (--rounds N), feeds (--feeds N), export (--scale, --database-url URL),
// queries (--scale 10k|100k|1m, --samples N, --database-url URL), store (--store N, --ingest N, --ingest-threads N, --database-url URL),
// http (--scale, --connections N, --duration S, --database-url URL), soak (--minutes N, default 10; --database-url URL), parallel (--passes N, --threads N). --scale picks the generated dataset (1m: 1M articles, 200k deals).
// Each section reads its own flags from the shared, non-strict option bag. The soak (a mode of its own, 10 minutes by
// default) runs only when named: npm run bench -- --only soak.
import { cpus } from 'node:os';
import { dropDatasets } from './dataset.js';
import { exportBench } from './export.js';
import { extractionBench } from './extraction.js';
import { feedsBench } from './feeds.js';
import { parallelBench } from './parallel.js';
import { parseScale } from './measure.js';
import { queriesBench } from './queries.js';
import { storeBench } from './store.js';
import { httpBench } from './http-load.js';
import { soakBench } from './soak.js';

export type BenchFlags = Record<string, string | boolean | undefined>;

/** `--name value` or `--name=value`; a flag followed by another flag (or nothing) is true. */
function readFlags(argv: string[]): BenchFlags {
  const out: BenchFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) throw new Error(`bench: unexpected argument "${argv[i]}" (flags are --name value)`);
    if (m[2] !== undefined) out[m[1]!] = m[2];
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) out[m[1]!] = argv[++i];
    else out[m[1]!] = true;
  }
  return out;
}

const flags = readFlags(process.argv.slice(2));
const num = (name: string, fallback: number): number => (typeof flags[name] === 'string' ? Number(flags[name]) : fallback);
const str = (name: string): string | undefined => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

const sections: [string, () => Promise<string[]> | string[]][] = [
  ['extraction', () => extractionBench(Math.max(1, num('rounds', 5)))],
  ['feeds', () => feedsBench(Math.max(2, num('feeds', 1000)))],
  ['export', () => exportBench(parseScale(str('scale') ?? '100k'), str('database-url'))],
  ['store', () => storeBench(Math.max(10, num('store', 200)), Math.max(10, num('ingest', 200)), str('database-url'), Math.max(0, num('ingest-threads', 0)))],
  ['queries', () => queriesBench(parseScale(str('scale') ?? '100k'), str('database-url'), Math.max(20, num('samples', 200)))],
  ['http', () => httpBench(parseScale(str('scale') ?? '100k'), str('database-url'), Math.max(1, num('connections', 200)), Math.max(1, num('duration', 30)))],
  ['soak', () => soakBench(Math.max(0.5, num('minutes', 10)), str('database-url'))],
  ['parallel', () => parallelBench(Math.max(1, num('passes', 5)), typeof flags.threads === 'string' ? Number(flags.threads) : undefined)],
];

const only = str('only')?.split(',');
const unknown = only?.filter((o) => !sections.some(([name]) => name === o)) ?? [];
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(', ')}; sections: ${sections.map(([n]) => n).join(', ')}`);
  process.exit(2);
}
console.log(`news-intel bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
try {
  for (const [name, run] of sections) {
    if (only ? !only.includes(name) : name === 'soak') continue;
    console.log(`${(await run()).join('\n')}\n`);
  }
} finally {
  await dropDatasets();
}
