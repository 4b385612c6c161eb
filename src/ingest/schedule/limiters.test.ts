import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './concurrency-limit.js';
import { hostLimiter } from './host-limiter.js';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('concurrencyLimit', () => {
  it('never runs more than the bound at once, and runs everything', async () => {
    const limit = concurrencyLimit(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => limit(async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      return i;
    })));
    expect(peak).toBe(3);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('frees the slot when a task fails', async () => {
    const limit = concurrencyLimit(1);
    await expect(limit(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await limit(async () => 'next')).toBe('next');
  });
  it('refuses a bound below 1', () => {
    expect(() => concurrencyLimit(0)).toThrow(/schedule: concurrency/);
  });
});

describe('hostLimiter', () => {
  it('keeps one request in flight per host, with the gap between them, and lets other hosts through', async () => {
    const limit = hostLimiter({ minGapMs: 30 });
    const log: string[] = [];
    const starts: Record<string, number[]> = {};
    const req = (url: string) => limit(url, async () => {
      const host = new URL(url).host;
      (starts[host] ??= []).push(Date.now());
      log.push(`start ${url}`);
      await tick();
      log.push(`end ${url}`);
    });
    await Promise.all([req('http://a.example/1'), req('http://a.example/2'), req('http://b.example/1'), req('http://a.example/3')]);
    const a = log.filter((l) => l.includes('a.example'));
    expect(a).toEqual(['start http://a.example/1', 'end http://a.example/1', 'start http://a.example/2', 'end http://a.example/2',
      'start http://a.example/3', 'end http://a.example/3']);
    expect(log.indexOf('start http://b.example/1')).toBeLessThan(log.indexOf('end http://a.example/1'));
    const [s1, s2, s3] = starts['a.example']!;
    expect(s2! - s1!).toBeGreaterThanOrEqual(30);
    expect(s3! - s2!).toBeGreaterThanOrEqual(30);
  });
  it('goes on after a failed request', async () => {
    const limit = hostLimiter({ minGapMs: 0 });
    await expect(limit('http://a.example/x', async () => { throw new Error('down'); })).rejects.toThrow('down');
    expect(await limit('http://a.example/y', async () => 'ok')).toBe('ok');
  });
});
