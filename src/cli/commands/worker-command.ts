import { parseArgs } from 'node:util';
import type PgBoss from 'pg-boss';
import { loadConfig } from '../../config.js';
import { extractArticle } from '../../extract/extract-article.js';
import { loadKnownCompanies } from '../../db/queries/load-known-companies.js';
import { refreshKnownCompanies } from '../../db/refresh-known-companies.js';
import { startDealLinesRefresher } from '../../db/deal-lines-refresher.js';
import type { ArticleInput, KnownCompanies } from '../../extract/types.js';
import { createExtractPool, type ExtractPool } from '../../extract-pool/extract-pool.js';
import { hostLimiter } from '../../ingest/schedule/host-limiter.js';
import { extractJobs } from '../../queue/extract-jobs.js';
import { fetchJobs } from '../../queue/fetch-jobs.js';
import { openQueue } from '../../queue/open-queue.js';
import { startWorkers } from '../../queue/start-workers.js';
import { describePoll } from '../describe-poll.js';
import { openFromConfig } from '../open-from-config.js';
import { pollDeps } from '../poll-deps.js';
import { readCount } from '../read-count.js';

export const workerUsage = 'news-intel worker [--concurrency N] [--threads N] [--batch N] [--maintenance-seconds N]  work fetch and extract jobs until stopped';

const REPORT_EVERY_MS = 5000;
/** How often the companies earlier articles established are read again for extraction. */
const KNOWN_EVERY_MS = 5 * 60_000;

/**
 * `news-intel worker`: takes fetch and extract jobs from the queues in the database until SIGINT/SIGTERM. Run any
 * number, on any number of machines, against one Postgres server. On a signal the batches in hand stop between
 * articles; what is done is completed and the rest goes back to the queue for another worker (a second signal exits at once).
 */
export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: {
    concurrency: { type: 'string' }, threads: { type: 'string' }, batch: { type: 'string' }, 'maintenance-seconds': { type: 'string' },
  } });
  const concurrency = readCount('worker', '--concurrency', values.concurrency, 2, 1, 64);
  const threads = readCount('worker', '--threads', values.threads, 0, 0, 64);
  const batchSize = readCount('worker', '--batch', values.batch, 20, 1, 1000);
  const maintenanceSeconds = readCount('worker', '--maintenance-seconds', values['maintenance-seconds'], 60, 1, 3600);
  const config = loadConfig();
  const database = await openFromConfig(config);
  if (database.kind === 'pglite') console.error('worker: the embedded database serves one process: run workers on other machines against a Postgres server (DATABASE_URL)');
  let pool: ExtractPool | null = null;
  let boss: PgBoss | null = null;
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      console.error(`worker: ${signal} again: stopping now`);
      process.exit(1);
    }
    console.error(`worker: ${signal}: finishing the articles in hand, handing the rest back (again to stop at once)`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const tally = { extracted: 0, done: 0, changed: 0, missing: 0, failed: 0, polls: 0 };
  let reported = '';
  const report = () => {
    const line = `worker: ${tally.extracted} articles extracted, ${tally.done} already done, ${tally.failed} failed, ${tally.polls} feeds polled`;
    if (line !== reported) console.log(line);
    reported = line;
  };
  const timer = setInterval(report, REPORT_EVERY_MS);
  let known: KnownCompanies | undefined;
  const refreshKnown = async () => {
    await refreshKnownCompanies(database.db); // one worker at a time takes the snapshot; the others read it
    known = await loadKnownCompanies(database.db);
    pool?.setKnown(known);
  };
  const lines = startDealLinesRefresher(database.db, (err) => console.error(`worker: cannot refresh the deals' export lines (trying again shortly): ${err.message}`));
  const knownTimer = setInterval(() => {
    refreshKnown().catch((err: unknown) => console.error(`worker: cannot read the known companies (keeping the last): ${(err as Error).message}`));
  }, KNOWN_EVERY_MS);
  try {
    if (threads > 0) pool = await createExtractPool(threads);
    await refreshKnown();
    const extractMany = pool ? pool.extractMany : async (inputs: ArticleInput[]) => inputs.map((a) => extractArticle(a, known));
    boss = await openQueue(database, { maintenanceSeconds, onError: (err) => console.error(`worker: queue: ${err.message}`) });
    const throttle = hostLimiter({ minGapMs: 1000 });
    await startWorkers(boss, 'extract', { loops: concurrency, batchSize, handler: extractJobs({
      db: database.db, boss, extractMany, signal: stop.signal, onArticle: (_id, outcome) => { tally[outcome]++; },
    }) });
    await startWorkers(boss, 'fetch', { loops: concurrency, batchSize: 1, handler: fetchJobs({
      db: database.db, boss, poll: { ...pollDeps(config), throttle }, signal: stop.signal,
      onPoll: (r) => { tally.polls++; console.log(`worker: ${describePoll(r)}`); },
    }) });
    console.log(`worker: working fetch and extract jobs (${database.kind}, ${database.location}; ${concurrency} at once per queue, `
      + `${threads ? `${threads} extraction threads` : 'extraction in this thread'}; Ctrl-C stops)`);
    await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
    await boss.stop({ graceful: true, timeout: 30_000, close: false });
    report();
    console.log('worker: stopped');
    return 0;
  } finally {
    clearInterval(timer);
    clearInterval(knownTimer);
    await lines.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await boss?.stop({ graceful: false, close: false }).catch(() => {});
    await pool?.close();
    await database.close();
  }
}
