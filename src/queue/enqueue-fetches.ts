import type PgBoss from 'pg-boss';

export interface FetchJobData { feedId: number }

/** Sends one fetch job per feed (one statement); the 'stately' fetch queue keeps at most one waiting per feed. */
export async function enqueueFetches(boss: PgBoss, feedIds: number[]): Promise<void> {
  const ids = [...new Set(feedIds)];
  if (ids.length) await boss.insert(ids.map((feedId) => ({ name: 'fetch', data: { feedId }, singletonKey: `feed:${feedId}` })));
}
