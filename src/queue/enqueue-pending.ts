import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.js';
import { pendingExtractions } from '../db/queries/pending-extractions.js';
import { enqueueExtracts } from './enqueue-extracts.js';

/**
 * Sends an extract job for every stored article whose current text waits for extraction and was stored at least
 * `graceSeconds` ago (a fetch job normally sends its own; this catches one lost between storing and sending).
 * Jobs already waiting are not doubled (singleton key). Returns how many articles were found.
 */
export async function enqueuePending(db: Db, boss: PgBoss, graceSeconds = 60): Promise<number> {
  const before = new Date(Date.now() - graceSeconds * 1000);
  let afterId = 0;
  let found = 0;
  for (;;) {
    const page = await pendingExtractions(db, { before, afterId, limit: 5000 });
    if (!page.length) return found;
    await enqueueExtracts(boss, page);
    found += page.length;
    afterId = page.at(-1)!.articleId;
  }
}
