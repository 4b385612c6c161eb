/** Limits every fetch runs under (feeds, article pages, FreshRSS calls). */
export interface FetchLimits {
  /** Whole request, connect to last byte. */
  timeoutMs: number;
  /** Body size after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Allow loopback, private, link-local addresses (tests and trusted setups only). */
  allowPrivateAddresses: boolean;
  userAgent?: string;
}

export interface FetchRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Form or JSON body for POST. */
  body?: string;
  /** Conditional GET validators from the last success. */
  etag?: string | null;
  lastModified?: string | null;
}

/** Caching and retry hints a response gave, for the scheduler. */
export interface FetchHints {
  etag: string | null;
  lastModified: string | null;
  /** Cache-Control max-age in seconds. */
  maxAgeSeconds: number | null;
  expires: Date | null;
  /** Retry-After, in seconds from now (429/503). */
  retryAfterSeconds: number | null;
}

export type FetchResult =
  | { status: 'not-modified'; url: string; finalUrl: string; hints: FetchHints }
  | { status: 'ok'; url: string; finalUrl: string; httpStatus: number; contentType: string; charset: string;
      /** Decoded text (charset from header, BOM or XML/HTML declaration). */
      text: string; bytes: number; hints: FetchHints;
      /** Things worth knowing that did not stop the fetch, e.g. an unknown charset read as UTF-8. */
      notes?: string[] };

export type FetchErrorKind = 'http' | 'timeout' | 'too-large' | 'too-many-redirects' | 'private-address' | 'dns' | 'network' | 'protocol' | 'decode';

/** A fetch that failed; `message` starts with `fetch: <url>: ` and says what went wrong in plain words. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: FetchErrorKind,
    readonly url: string,
    readonly httpStatus: number | null = null,
    readonly retryAfterSeconds: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FetchError';
  }
}
