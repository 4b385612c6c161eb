import { describe, expect, it } from 'vitest';
import { readHints } from './read-hints.js';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('readHints', () => {
  it('reads validators, max-age, Expires and Retry-After in seconds', () => {
    expect(readHints({ etag: 'W/"abc"', 'last-modified': 'Thu, 26 Nov 2026 08:00:00 GMT', 'cache-control': 'no-transform, max-age=3600, public',
      expires: 'Fri, 27 Nov 2026 13:00:00 GMT', 'retry-after': '120' }, now)).toEqual({
      etag: 'W/"abc"', lastModified: 'Thu, 26 Nov 2026 08:00:00 GMT', maxAgeSeconds: 3600,
      expires: new Date('2026-11-27T13:00:00Z'), retryAfterSeconds: 120,
    });
  });

  it('reads Retry-After as an HTTP date, a past date as 0', () => {
    expect(readHints({ 'retry-after': 'Fri, 27 Nov 2026 12:05:00 GMT' }, now).retryAfterSeconds).toBe(300);
    expect(readHints({ 'retry-after': 'Fri, 27 Nov 2026 11:00:00 GMT' }, now).retryAfterSeconds).toBe(0);
  });

  it('gives null for what is missing or unreadable, and does not take s-maxage for max-age', () => {
    expect(readHints({ expires: '0', 'retry-after': 'soon', 'cache-control': 's-maxage=60, no-cache', etag: '' }, now)).toEqual({
      etag: null, lastModified: null, maxAgeSeconds: null, expires: null, retryAfterSeconds: null,
    });
  });
});
