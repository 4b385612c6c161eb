import type PgBoss from 'pg-boss';

export type QueueName = 'fetch' | 'extract';

export type QueuePolicies = Record<QueueName, Omit<PgBoss.Queue, 'name'>>;

/**
 * How each queue retries and when a job held by a worker that went away is taken back. A queue keeps the policy it
 * was created with (pg-boss stores it); change one with `updateQueue`.
 * fetch: 'stately' — per feed (singletonKey) at most one job waiting and one running, whatever schedulers send.
 * extract: 'short' — per article and text (singletonKey) at most one job waiting.
 */
export const queuePolicies: QueuePolicies = {
  fetch: { policy: 'stately', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
  extract: { policy: 'short', retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 5 * 60 },
};
