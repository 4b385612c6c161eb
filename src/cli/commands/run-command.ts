import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { runLoop } from '../../ingest/run-loop.js';
import { registerFeed } from '../../db/feed-register.js';
import { describePoll } from '../describe-poll.js';
import { freshrssAccountSource } from '../freshrss-account-source.js';
import { openFromConfig } from '../open-from-config.js';
import { pollDeps } from '../poll-deps.js';
import { loadKnownCompanies } from '../../db/queries/load-known-companies.js';
import { refreshKnownCompanies } from '../../db/refresh-known-companies.js';
import { refreshDealLines } from '../../db/refresh-deal-lines.js';
import { startDealLinesRefresher } from '../../db/deal-lines-refresher.js';
import type { KnownCompany } from '../../extract/types.js';
import { progress } from '../progress.js';
import { runQueued } from '../run-queued.js';

/** The innermost cause of an error, on one line (a failed query's own message holds its SQL and parameters). */
function rootReason(err: Error): string {
  let e = err;
  while (e.cause instanceof Error) e = e.cause;
  return e.message.split('\n')[0]!;
}

/** How often a long run takes a new snapshot of known companies (refresh-known-companies.ts) and extracts with it. */
const KNOWN_EVERY_MS = 10 * 60_000;

export const runUsage = 'news-intel run [--once] [--concurrency N] [--queue]  poll due feeds until stopped (--once: poll what is due, then exit; --queue: send jobs to workers instead)';

/** Polls feeds as they fall due until SIGINT/SIGTERM, which finish what is in hand, close the database and exit 0. */
export async function runCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { once: { type: 'boolean', default: false }, concurrency: { type: 'string' }, queue: { type: 'boolean', default: false } } });
  if (values.queue) return runQueued({ once: values.once });
  const config = loadConfig();
  const concurrency = values.concurrency === undefined ? config.POLL_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new Error(`run: --concurrency must be a whole number from 1 to 64, got "${values.concurrency}"`);
  }
  const database = await openFromConfig(config);
  if (config.FRESHRSS_URL && config.FRESHRSS_USER) {
    // The configured FreshRSS account is polled like any feed (as if added with `news-intel freshrss add`).
    const source = freshrssAccountSource(config.FRESHRSS_URL, config.FRESHRSS_USER);
    await registerFeed(database.db, { source, kind: 'freshrss', title: `FreshRSS (${config.FRESHRSS_USER})` });
  }
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      console.error(`run: ${signal} again: stopping now`);
      process.exit(1);
    }
    console.error(`run: ${signal}: finishing what is in hand (again to stop at once)`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const bar = progress(values.once ? 'feeds polled' : 'polls');
  // One map, refilled in place from each new snapshot, so the extractor always reads the latest.
  const known = new Map<string, KnownCompany>(await loadKnownCompanies(database.db));
  const renewKnown = async () => {
    await refreshKnownCompanies(database.db);
    const fresh = await loadKnownCompanies(database.db);
    known.clear();
    for (const [k, v] of fresh) known.set(k, v);
  };
  const lines = startDealLinesRefresher(database.db, (err) => bar.log(`run: cannot refresh the deals' export lines (trying again shortly): ${err.message}`));
  const knownTimer = setInterval(() => {
    renewKnown().catch((err: unknown) => bar.log(`run: cannot renew the known companies (keeping the last): ${(err as Error).message}`));
  }, KNOWN_EVERY_MS);
  try {
    if (!values.once) console.log(`run: polling feeds as they fall due (${database.kind}, ${database.location}; ${concurrency} at once; Ctrl-C stops)`);
    let queued = 0;
    const summary = await runLoop(database.db, {
      deps: pollDeps(config, known), concurrency, once: values.once, signal: stop.signal,
      onStart: () => bar.setTotal(++queued),
      // Watching, every poll is worth a line; a one-off run keeps only failures above its bar.
      onPoll: (r) => bar.step(describePoll(r), !values.once || r.status === 'failed'),
      onCrash: (feed, err) => bar.log(`run: ${feed.source}: could not record the poll: ${err.message}`),
      onError: (err, ms) => bar.log(`run: cannot read the feeds to poll (trying again in ${(ms / 1000).toFixed(1)} s): ${err.message}`),
      onRetry: (feed, { attempt, delayMs, error }) => bar.log(
        `run: ${feed.source}: database connection lost (${rootReason(error)}); polling it again in ${(delayMs / 1000).toFixed(1)} s (retry ${attempt})`),
      onRecovered: (feed, failures) => bar.log(`run: database reachable again${feed ? ` (${feed.source})` : ''} after ${failures} failed attempt${failures === 1 ? '' : 's'}`),
    });
    bar.done();
    await refreshKnownCompanies(database.db);
    await refreshDealLines(database.db);
    console.log(`run: ${stop.signal.aborted ? 'stopped' : 'done'}: ${summary.polls} polls, ${summary.inserted} new articles, ${summary.failed} feeds failing`);
    return 0;
  } finally {
    clearInterval(knownTimer);
    await lines.stop();
    bar.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await database.close();
    // A fetch left behind by a stop holds its socket until its time cap: the work is done, so do not wait for it.
    if (stop.signal.aborted) setTimeout(() => process.exit(0), 500).unref();
  }
}
