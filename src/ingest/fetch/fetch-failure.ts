import { FetchError, type FetchErrorKind } from './fetch-types.js';

/** Which fetch failed: the URL asked for and the hop being fetched when it failed (they differ after a redirect). */
export interface FetchWhere {
  url: string;
  at: string;
}

/** A FetchError whose message reads `fetch: <url>[ (redirected to <hop>)]: <problem>`. */
export function fetchFailure(
  where: FetchWhere,
  kind: FetchErrorKind,
  problem: string,
  extra: { httpStatus?: number; retryAfterSeconds?: number | null; cause?: unknown } = {},
): FetchError {
  const hop = where.at !== where.url ? ` (redirected to ${where.at})` : '';
  return new FetchError(`fetch: ${where.url}${hop}: ${problem}`, kind, where.url, extra.httpStatus ?? null,
    extra.retryAfterSeconds ?? null, extra.cause === undefined ? undefined : { cause: extra.cause });
}
