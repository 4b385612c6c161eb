import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-buckets.js';

describe('TokenBuckets', () => {
  it('lets a burst through, then one request per refill interval, and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 }, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
    now += 500;
    expect(buckets.take('a')).toBe(1);
    now += 600;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
  });

  it('asks for the whole seconds until a token is back at a slow rate', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 2, burst: 1 }, () => now);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(30);
    now += 20_000;
    expect(buckets.take('a')).toBe(10);
  });

  it('never refills past the burst, however long a client rests', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 600, burst: 2 }, () => now);
    buckets.take('a');
    now += 3_600_000;
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 1]);
  });

  it('forgets clients whose bucket has refilled, and never holds more than maxKeys', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 5, maxKeys: 100 }, () => now);
    for (let i = 0; i < 1000; i++) buckets.take(`addr-${i}`);
    expect(buckets.size).toBe(100);
    // The most recently seen are kept: the newest address still has its spent token.
    now += 1;
    for (let i = 0; i < 4; i++) expect(buckets.take('addr-999')).toBe(0);
    expect(buckets.take('addr-999')).toBe(1);
    now += 5_000;
    buckets.take('fresh');
    expect(buckets.size).toBe(1);
  });

  it('refuses a rate that is not a limit', () => {
    expect(() => new TokenBuckets({ perMinute: 0, burst: 1 })).toThrow(/perMinute > 0/);
  });
});
