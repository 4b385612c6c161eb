import type { FetchLimits, FetchRequest, FetchResult } from '../fetch/fetch-types.js';

/** The fetch stage's signature (`fetchResource`); injectable so that tests and callers can wrap it. */
export type FetchFn = (req: FetchRequest, limits: FetchLimits) => Promise<FetchResult>;
