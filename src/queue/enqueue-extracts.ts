import type PgBoss from 'pg-boss';

export interface ExtractJobData { articleId: number; hash: string }

const CHUNK = 1000;

/**
 * Sends extract jobs in batches (one statement per thousand). The singleton key is the article and its text: a job
 * already waiting for the same text is not sent twice, and a changed text gets its own job.
 */
export async function enqueueExtracts(boss: PgBoss, items: ExtractJobData[]): Promise<void> {
  const unique = [...new Map(items.map((i) => [`${i.articleId}:${i.hash}`, i])).entries()];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await boss.insert(unique.slice(i, i + CHUNK).map(([key, data]) => ({ name: 'extract', data, singletonKey: key })));
  }
}
