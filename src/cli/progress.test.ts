import { describe, expect, it } from 'vitest';
import { progress } from './progress.js';

const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { out: { write: (s: string) => chunks.push(s), isTTY, columns: 80 }, text: () => chunks.join('') };
};

describe('progress', () => {
  it('writes plain lines off a terminal, every n steps and the last', () => {
    const s = sink(false);
    const p = progress('items', { out: s.out, every: 2 });
    p.setTotal(3);
    p.step('one');
    p.step('two');
    p.step('three, failed', true);
    p.log('note');
    p.done();
    expect(s.text()).toBe('two\nthree, failed\nnote\n');
  });
  it('redraws one bar in place on a terminal, with kept lines above it, and clears it at the end', () => {
    const s = sink(true);
    const p = progress('feeds polled', { out: s.out });
    p.setTotal(2);
    p.step('a done');
    p.step('b failed', true);
    p.done();
    const text = s.text();
    expect(text).toContain('\r\x1b[2K[############------------] 1/2 feeds polled: a done');
    expect(text).toContain('b failed\n');
    expect(text).toContain('[########################] 2/2 feeds polled: b failed');
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
  });
});
