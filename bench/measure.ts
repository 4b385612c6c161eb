import { loadavg } from 'node:os';

/** The q-th quantile (0..1) of samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

/** Milliseconds a call takes. */
export async function timeMs(f: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Samples this process's RSS every `everyMs` until stopped; returns the peak in bytes. */
export function rssPeak(everyMs = 20): { stop: () => number; peak: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, everyMs);
  return { peak: () => peak, stop: () => { clearInterval(timer); return (peak = Math.max(peak, process.memoryUsage().rss)); } };
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const SCALES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

/** `--scale 10k|100k|1m` as a number of articles. */
export function parseScale(s: string): number {
  const n = SCALES[s.toLowerCase()];
  if (!n) throw new Error(`bench: --scale must be one of ${Object.keys(SCALES).join(', ')}, not "${s}"`);
  return n;
}

/** The machine's 1, 5 and 15 minute load averages, for reading figures measured on a shared machine. */
export const loadAverage = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
