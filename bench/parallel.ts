// Extraction on worker threads: one thread against one per core, on the same articles, in the same run.
// Corpus: the project's own demo articles (demo/articles.json), `rounds` passes; both pools warmed up first.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createExtractPool } from '../src/extract-pool/extract-pool.js';
import type { ArticleInput } from '../src/extract/types.js';

export async function parallelBench(rounds: number, threads = availableParallelism()): Promise<string[]> {
  const corpus = (JSON.parse(readFileSync(new URL('../demo/articles.json', import.meta.url), 'utf8')) as { articles: ArticleInput[] }).articles;
  const batch = Array.from({ length: 4 }, () => corpus).flat();
  const [one, all] = await Promise.all([createExtractPool(1), createExtractPool(threads)]);
  try {
    // Warm-up: every thread's JIT has seen the whole corpus a few times before timing starts.
    for (let w = 0; w < 3; w++) await Promise.all([one.extractMany(batch), all.extractMany([...batch, ...batch])]);
    // Timed pass by pass, alternating, so that load from elsewhere on the machine hits both alike.
    let oneMs = 0;
    let allMs = 0;
    let allCpuMs = 0;
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      await one.extractMany(batch);
      oneMs += performance.now() - t;
      t = performance.now();
      const cpu = process.cpuUsage();
      await all.extractMany(batch);
      allMs += performance.now() - t;
      const used = process.cpuUsage(cpu);
      allCpuMs += (used.user + used.system) / 1000;
    }
    const rate = (ms: number) => (batch.length * rounds) / (ms / 1000);
    const speedup = rate(allMs) / rate(oneMs);
    return [
      `parallel: ${batch.length} articles a pass, ${rounds} passes, extraction on worker threads`,
      '| figure | articles/s |', '|---|---:|',
      `| 1 thread (reference) | ${rate(oneMs).toFixed(1)} |`,
      `| ${threads} threads (one per core) | ${rate(allMs).toFixed(1)} |`,
      `speedup = ${speedup.toFixed(2)}x on ${threads} cores${threads === 2 ? ` (target >= 1.7x: ${speedup >= 1.7 ? 'met' : 'NOT met'})` : ''}`
        + '; other processes on the machine lower it: run it on an idle machine',
      `cores this process got during the ${threads}-thread passes: ${(allCpuMs / allMs).toFixed(2)} of ${threads} (CPU time / wall time)`,
    ];
  } finally {
    await Promise.all([one.close(), all.close()]);
  }
}
