import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, Extraction, KnownCompanies } from '../extract/types.js';

export interface ExtractPool {
  threads: number;
  /** Extractions of the articles, in order, spread over the threads one article at a time. */
  extractMany(articles: ArticleInput[]): Promise<Extraction[]>;
  /** The companies earlier articles established, for every extraction from now on (see extractArticle). */
  setKnown(known: KnownCompanies): void;
  close(): Promise<void>;
}

interface Task { id: number; article: ArticleInput; resolve: (e: Extraction) => void; reject: (err: Error) => void }

/** A thread's entry: it registers tsx (as bin/news-intel.js does for the main thread), then loads the extraction thread. */
function threadEntry(threadUrl: URL): string {
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    tsx = 'tsx/esm/api';
  }
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(threadUrl.href)}); })
    .catch((err) => { throw err; });`;
}

/**
 * `threads` worker threads (default: one per core), each with its own NLP pipeline, running the pure extractArticle.
 * Resolves once every thread has loaded. A thread that dies fails its article and the pool's later calls.
 */
export async function createExtractPool(threads = availableParallelism()): Promise<ExtractPool> {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`extract: threads must be a whole number of at least 1, got ${threads}`);
  const entry = threadEntry(new URL(`./extract-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let broken: Error | null = null;
  let nextId = 0;

  const pump = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage({ id: task.id, article: task.article });
    }
  };
  const start = (): Promise<Worker> => new Promise((resolve, reject) => {
    const worker = new Worker(entry, { eval: true });
    worker.on('message', (msg: { ready?: true; id?: number; result?: Extraction; error?: string }) => {
      if (msg.ready) {
        resolve(worker);
        return;
      }
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (task) {
        if (msg.error !== undefined) task.reject(new Error(`extract: article ${task.article.id}: ${msg.error}`));
        else task.resolve(msg.result!);
      }
      pump();
    });
    worker.on('error', (err) => {
      broken = new Error(`extract: a thread failed: ${err.message}`, { cause: err });
      busy.get(worker)?.reject(broken);
      busy.delete(worker);
      reject(broken);
    });
  });

  const started = await Promise.allSettled(Array.from({ length: threads }, start));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw (failed as PromiseRejectedResult).reason;
  }
  idle.push(...workers);
  return {
    threads,
    extractMany: (articles) => {
      if (broken) return Promise.reject(broken);
      const all = articles.map((article) => new Promise<Extraction>((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
      }));
      pump();
      return Promise.all(all);
    },
    setKnown: (known) => {
      for (const w of workers) w.postMessage({ known });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
