import type { DealStatus } from '../types.js';
import { ANNOUNCED, PLANNED, REPORTED } from '../lexicon/deal-words.js';

/** How firmly a sentence states its deal. */
export function dealStatus(lower: string): DealStatus {
  if (REPORTED.test(lower)) return 'reported';
  if (PLANNED.test(lower)) return 'planned';
  if (ANNOUNCED.test(lower)) return 'announced';
  return 'completed';
}
