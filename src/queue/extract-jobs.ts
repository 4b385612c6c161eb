import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.js';
import { extractStoredArticles, type ExtractOutcome } from '../db/extract-stored-articles.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { ExtractJobData } from './enqueue-extracts.js';

export interface ExtractJobsDeps {
  db: Db;
  boss: PgBoss;
  /** Extraction of many articles at once: the thread pool, or extractArticle in this thread. */
  extractMany: (inputs: ArticleInput[]) => Promise<Extraction[]>;
  /** Aborted on shutdown: the batch stops between articles and hands back the rest. */
  signal?: AbortSignal;
  onArticle?: (articleId: number, outcome: ExtractOutcome) => void;
}

function articleIdOf(job: PgBoss.Job<ExtractJobData>): number {
  const id = (job.data as Partial<ExtractJobData> | null)?.articleId;
  if (!Number.isSafeInteger(id) || id! < 1) throw new Error(`worker: extract job ${job.id}: data has no article id: ${JSON.stringify(job.data)}`);
  return id!;
}

/**
 * Works a batch of extract jobs: every article extracted at once, each written in its own transaction (idempotent,
 * see extractStoredArticles). On shutdown the articles done are completed and the rest fail back to the queue, to be
 * retried by any worker.
 */
export function extractJobs(deps: ExtractJobsDeps): (jobs: PgBoss.Job<ExtractJobData>[]) => Promise<Record<string, number>> {
  return async (jobs) => {
    const outcomes = await extractStoredArticles(deps.db, jobs.map(articleIdOf), deps.extractMany, { signal: deps.signal, onArticle: deps.onArticle });
    const settled = (j: PgBoss.Job<ExtractJobData>) => outcomes.has(j.data.articleId) && outcomes.get(j.data.articleId) !== 'failed';
    const unsettled = jobs.filter((j) => !settled(j));
    if (unsettled.length) {
      // The finished jobs complete; the rest fail back to the queue and are retried (by any worker).
      const done = jobs.filter(settled).map((j) => j.id);
      if (done.length) await deps.boss.complete('extract', done);
      const failed = unsettled.filter((j) => outcomes.get(j.data.articleId) === 'failed').map((j) => j.data.articleId);
      throw new Error(failed.length
        ? `worker: extraction failed for article${failed.length === 1 ? '' : 's'} ${failed.join(', ')}`
        : `worker: stopping: ${unsettled.length} extract jobs handed back to the queue`);
    }
    const counts: Record<string, number> = {};
    for (const o of outcomes.values()) counts[o] = (counts[o] ?? 0) + 1;
    return counts;
  };
}
