// npm run bench [-- --only a,b] [section flags]: prints each figure next to its reference measured in the same run.
// Sections and their flags: extraction (--rounds N), feeds (--feeds N), export (--deals N, --database-url URL).
// Each section reads its own flags from the shared, non-strict option bag.
import { cpus } from 'node:os';
import { exportBench } from './export.js';
import { extractionBench } from './extraction.js';
import { feedsBench } from './feeds.js';

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
  ['export', () => exportBench(Math.max(1, num('deals', 200_000)), str('database-url'))],
];

const only = str('only')?.split(',');
const unknown = only?.filter((o) => !sections.some(([name]) => name === o)) ?? [];
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(', ')}; sections: ${sections.map(([n]) => n).join(', ')}`);
  process.exit(2);
}
console.log(`news-intel bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
for (const [name, run] of sections) {
  if (only && !only.includes(name)) continue;
  console.log(`${(await run()).join('\n')}\n`);
}
