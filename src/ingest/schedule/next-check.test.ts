import { describe, expect, it } from 'vitest';
import { nextCheckAfterError } from './next-check-after-error.js';
import { nextCheckAfterSuccess } from './next-check-after-success.js';
import { seededRandom } from './seeded-random.js';

const now = new Date('2026-01-01T00:00:00Z');
const minutesFromNow = (d: Date) => (d.getTime() - now.getTime()) / 60_000;
const middle = () => 0.5;

describe('nextCheckAfterSuccess', () => {
  it('waits 60 min when the feed and server say nothing', () => {
    expect(minutesFromNow(nextCheckAfterSuccess(now, {}))).toBe(60);
  });
  it('takes the longest of TTL, max-age and Expires', () => {
    expect(minutesFromNow(nextCheckAfterSuccess(now, { ttlMinutes: 30 }))).toBe(30);
    expect(minutesFromNow(nextCheckAfterSuccess(now, { ttlMinutes: 30, maxAgeSeconds: 7200 }))).toBe(120);
    expect(minutesFromNow(nextCheckAfterSuccess(now, { expires: new Date(now.getTime() + 3 * 3600_000), maxAgeSeconds: 600 }))).toBe(180);
  });
  it('clamps to [5 min, 24 h] and ignores a zero max-age or a past Expires', () => {
    expect(minutesFromNow(nextCheckAfterSuccess(now, { maxAgeSeconds: 10 }))).toBe(5);
    expect(minutesFromNow(nextCheckAfterSuccess(now, { ttlMinutes: 7 * 24 * 60 }))).toBe(24 * 60);
    expect(minutesFromNow(nextCheckAfterSuccess(now, { maxAgeSeconds: 0, expires: new Date(0) }))).toBe(60);
  });
});

describe('nextCheckAfterError', () => {
  it('doubles from 5 min per error in a row, capped at 24 h', () => {
    const delays = [1, 2, 3, 4, 12, 50].map((errorCount) => minutesFromNow(nextCheckAfterError(now, { errorCount }, middle)));
    expect(delays).toEqual([5, 10, 20, 40, 24 * 60, 24 * 60]);
  });
  it('varies by at most ±20 % with the injected random source, reproducibly for a seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 50; i++) {
      const d = minutesFromNow(nextCheckAfterError(now, { errorCount: 3 }, a));
      expect(d).toBeGreaterThanOrEqual(16);
      expect(d).toBeLessThanOrEqual(24);
      expect(minutesFromNow(nextCheckAfterError(now, { errorCount: 3 }, b))).toBe(d);
    }
  });
  it('honours Retry-After on 429 and 503, never earlier than asked, still within 24 h', () => {
    expect(minutesFromNow(nextCheckAfterError(now, { errorCount: 1, httpStatus: 429, retryAfterSeconds: 7200 }, middle))).toBe(120);
    expect(minutesFromNow(nextCheckAfterError(now, { errorCount: 1, httpStatus: 503, retryAfterSeconds: 60 }, middle))).toBe(5);
    expect(minutesFromNow(nextCheckAfterError(now, { errorCount: 1, httpStatus: 429, retryAfterSeconds: 9e6 }, middle))).toBe(24 * 60);
    expect(minutesFromNow(nextCheckAfterError(now, { errorCount: 1, httpStatus: 500, retryAfterSeconds: 7200 }, middle))).toBe(5);
  });
});
