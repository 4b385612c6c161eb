import type PgBoss from 'pg-boss';
import type { QueueName } from './queue-policies.js';

export interface WorkerLoops<T> {
  /** Parallel loops on the queue in this process. */
  loops: number;
  /** Jobs each loop takes at once. */
  batchSize: number;
  handler: (jobs: PgBoss.Job<T>[]) => Promise<unknown>;
  /** Seconds between two looks at an empty queue (default 1). */
  pollingSeconds?: number;
}

/**
 * Starts `loops` pg-boss work loops on a queue. Each takes up to `batchSize` jobs at a time (FOR UPDATE SKIP LOCKED:
 * no two workers anywhere get the same job), runs the handler, then completes the batch or fails it back for a retry.
 * A loop whose batch came back full asks again at once instead of waiting for the polling interval.
 */
export async function startWorkers<T extends object>(boss: PgBoss, name: QueueName, spec: WorkerLoops<T>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < spec.loops; i++) {
    let id = '';
    id = await boss.work<T>(name, { batchSize: spec.batchSize, pollingIntervalSeconds: spec.pollingSeconds ?? 1 }, async (jobs) => {
      try {
        return await spec.handler(jobs);
      } finally {
        if (jobs.length === spec.batchSize) boss.notifyWorker(id);
      }
    });
    ids.push(id);
  }
  return ids;
}
