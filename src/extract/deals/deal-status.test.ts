import { describe, expect, it } from 'vitest';
import { dealStatus } from './deal-status.js';

describe('dealStatus', () => {
  it.each([
    ['zorbex is reportedly in talks to buy velquist.', 'reported'],
    ['zorbex plans to go public next year.', 'planned'],
    ['zorbex has agreed to buy velquist.', 'announced'],
    ['zorbex bought velquist in 2015.', 'completed'],
  ])('%s -> %s', (text, status) => expect(dealStatus(text)).toBe(status));
});
