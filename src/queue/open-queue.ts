import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';
import { bossDb } from './boss-db.js';
import { queuePolicies, type QueueName, type QueuePolicies } from './queue-policies.js';

export interface QueueOptions {
  /** Policies for queues this call creates (queues that exist keep theirs). */
  policies?: Partial<QueuePolicies>;
  /** How often this process looks for jobs whose worker went away (expired) and sends them back (default 60 s); one process does it at a time. */
  maintenanceSeconds?: number;
  /** Look for and retry expired jobs at all (default true): a scheduler-only process may leave it to the workers. */
  supervise?: boolean;
  onError?: (err: Error) => void;
}

/**
 * Starts pg-boss on the program's database (its tables live in the `pgboss` schema, installed on first use) and
 * creates the 'fetch' and 'extract' queues. Any number of processes on any number of machines may do this against
 * one database: they share the queues.
 */
export async function openQueue(database: Database, opts: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: bossDb(database), supervise: opts.supervise ?? true, schedule: false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 60,
  });
  boss.on('error', (err) => (opts.onError ?? ((e: Error) => console.error(`queue: ${e.message}`)))(err));
  try {
    await boss.start();
    for (const name of Object.keys(queuePolicies) as QueueName[]) {
      await boss.createQueue(name, { name, ...queuePolicies[name], ...opts.policies?.[name] });
    }
  } catch (err) {
    await boss.stop({ graceful: false, close: false }).catch(() => {});
    throw new Error(`queue: cannot start the job queue on ${database.location}: ${(err as Error).message}`, { cause: err });
  }
  return boss;
}
