import { loadConfig } from '../config.js';
import { openQueue } from '../queue/open-queue.js';
import { scheduleLoop } from '../queue/schedule-loop.js';
import { openFromConfig } from './open-from-config.js';

/**
 * `news-intel run --queue`: instead of polling here, sends fetch jobs for due feeds and extract jobs for articles
 * still waiting, for `news-intel worker` processes to do; until SIGINT/SIGTERM, or once with --once.
 */
export async function runQueued(opts: { once: boolean }): Promise<number> {
  const database = await openFromConfig(loadConfig());
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`run: ${signal}: stopping`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const boss = await openQueue(database, { onError: (err) => console.error(`run: queue: ${err.message}`) }).catch(async (err: unknown) => {
    await database.close();
    throw err;
  });
  try {
    if (!opts.once) console.log(`run: sending fetch and extract jobs as feeds fall due (${database.kind}, ${database.location}; Ctrl-C stops)`);
    const total = await scheduleLoop(database.db, boss, {
      once: opts.once, signal: stop.signal, graceSeconds: opts.once ? 0 : 60,
      onTick: ({ feeds, pending }) => { if (feeds || pending) console.log(`run: sent ${feeds} fetch jobs, ${pending} extract jobs`); },
      onError: (err) => console.error(`run: cannot send jobs (trying again shortly): ${err.message}`),
    });
    console.log(`run: ${stop.signal.aborted ? 'stopped' : 'done'}: ${total.feeds} fetch jobs and ${total.pending} extract jobs sent`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await boss.stop({ graceful: false, close: false });
    await database.close();
  }
}
