// Extraction on worker threads: one thread against one per core, on the same articles, in the same run.
// Corpus: the project's own demo articles (demo/articles.json), `rounds` passes; both pools warmed up first.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createExtractPool } from '../src/extract-pool/extract-pool.js';
import type { ArticleInput } from '../src/extract/types.js';
import { loadAverage } from './measure.js';

export async function parallelBench(rounds: number, threads = availableParallelism()): Promise<string[]> {
  const corpus = (JSON.parse(readFileSync(new URL('../demo/articles.json', import.meta.url), 'utf8')) as { articles: ArticleInput[] }).articles;
  const batch = Array.from({ length: 4 }, () => corpus).flat();
  const [one, all] = await Promise.all([createExtractPool(1), createExtractPool(threads)]);
  try {
    // Warm-up: every thread's JIT has seen the whole corpus a few times before timing starts.
    for (let w = 0; w < 3; w++) await Promise.all([one.extractMany(batch), all.extractMany([...batch, ...batch])]);
    // Timed pass by pass, alternating, so that load from elsewhere on the machine hits both alike.
    let oneMs = 0;
    let oneCpuMs = 0;
    let allMs = 0;
    let allCpuMs = 0;
    const timed = async (pool: typeof one): Promise<[number, number]> => {
      const t = performance.now();
      const cpu = process.cpuUsage();
      await pool.extractMany(batch);
      const used = process.cpuUsage(cpu);
      return [performance.now() - t, (used.user + used.system) / 1000];
    };
    for (let r = 0; r < rounds; r++) {
      const [ms1, cpu1] = await timed(one);
      const [msN, cpuN] = await timed(all);
      oneMs += ms1;
      oneCpuMs += cpu1;
      allMs += msN;
      allCpuMs += cpuN;
    }
    const n = batch.length * rounds;
    const rate = (ms: number) => n / (ms / 1000);
    // The one-core figure: articles per CPU second of the one-thread passes. One thread keeps more than one core busy
    // (V8 collects garbage and compiles on threads of its own), so its wall-clock rate is not one core's.
    const perCore = rate(oneCpuMs);
    const vsCore = rate(allMs) / perCore;
    const vsThread = rate(allMs) / rate(oneMs);
    return [
      `parallel: ${batch.length} articles a pass, ${rounds} passes, extraction on worker threads; load average ${loadAverage()}`,
      '| figure | articles/s | cores used (CPU time / wall time) |', '|---|---:|---:|',
      `| one core (reference): the one-thread passes per CPU second | ${perCore.toFixed(1)} | 1 |`,
      `| 1 thread, wall clock | ${rate(oneMs).toFixed(1)} | ${(oneCpuMs / oneMs).toFixed(2)} |`,
      `| ${threads} threads (one per core), wall clock | ${rate(allMs).toFixed(1)} | ${(allCpuMs / allMs).toFixed(2)} |`,
      `speedup on ${threads} cores = ${vsCore.toFixed(2)}x the one-core figure${threads === 2 ? ` (target >= 1.7x: ${vsCore >= 1.7 ? 'met' : 'NOT met'})` : ''}; `
        + `${vsThread.toFixed(2)}x one thread's wall-clock rate (one thread already used ${(oneCpuMs / oneMs).toFixed(2)} cores); other processes on the machine lower both`,
    ];
  } finally {
    await Promise.all([one.close(), all.close()]);
  }
}
