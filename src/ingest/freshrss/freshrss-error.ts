export type FreshRssErrorKind =
  /** ClientLogin refused the user or password, or the server refused the auth token. */
  | 'auth'
  /** The admin has not enabled "Allow API access" (FreshRSS answers 503). */
  | 'api-disabled'
  /** Any other HTTP error status. */
  | 'http'
  /** The request never got an answer: refused private address, DNS, network, timeout, size cap, redirects. */
  | 'fetch'
  /** An answer that is not what the Google Reader API sends. */
  | 'protocol';

/** A FreshRSS call that failed; `message` is `freshrss: <baseUrl>: <what failed and why>` and never holds the API password. */
export class FreshRssError extends Error {
  constructor(
    message: string,
    readonly kind: FreshRssErrorKind,
    readonly baseUrl: string,
    readonly httpStatus: number | null = null,
    options: { cause?: unknown; retryAfterSeconds?: number | null } = {},
  ) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'FreshRssError';
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }

  /** The server's Retry-After on a 429 or 503, in seconds, for the scheduler. */
  readonly retryAfterSeconds: number | null;
}
