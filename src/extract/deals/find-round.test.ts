import { describe, expect, it } from 'vitest';
import { findRound } from './find-round.js';

describe('findRound', () => {
  it.each([
    ['a $5 million Series C round', 'Series C'],
    ['its series-a funding', 'Series A'],
    ['a pre-seed round', 'Pre-Seed'],
    ['in seed funding', 'Seed'],
    ['an angel round from local investors', 'Angel'],
    ['$40 million in debt financing', 'Debt'],
    ['a pre-Series A round', 'Pre-Series A'],
    ['a new round of funding', null],
  ])('%s -> %s', (text, round) => expect(findRound(text)).toBe(round));
});
