import { describe, it, expect } from 'vitest';
import { toUsd } from './convert.js';
import { rates } from './rates.js';

describe('toUsd', () => {
  it('converts at the given year’s average rate, rounded to cents', () => {
    expect(toUsd(1_000_000_000, 'CNY', 2019)).toBe(144717800.29); // 1e9 / 6.91
    expect(toUsd(620_000_000, 'EUR', 2019)).toBe(694288913.77); // 620e6 / 0.893
    expect(toUsd(2_000_000_000, 'INR', 2020)).toBe(26990553.31); // 2e9 / 74.1
  });

  it('returns USD amounts unchanged', () => {
    expect(toUsd(32_500_000, 'USD', 2019)).toBe(32_500_000);
  });

  it('uses the latest year of the table when the year is null', () => {
    const latest = rates.firstYear + rates.perUsd.JPY!.length - 1;
    expect(toUsd(1_000_000, 'JPY', null)).toBe(toUsd(1_000_000, 'JPY', latest));
    expect(toUsd(1_000_000, 'JPY', Number.NaN)).toBe(toUsd(1_000_000, 'JPY', latest));
  });

  it('clamps years outside the table to its nearest year', () => {
    expect(toUsd(1_000, 'GBP', 1995)).toBe(toUsd(1_000, 'GBP', 2000));
    expect(toUsd(1_000, 'GBP', 2090)).toBe(toUsd(1_000, 'GBP', null));
  });

  it('accepts a lower-case code', () => {
    expect(toUsd(10, 'eur', 2015)).toBe(toUsd(10, 'EUR', 2015));
  });

  it('returns null for a currency without a rate, or a non-finite value', () => {
    expect(toUsd(5_000, 'XOF', 2020)).toBeNull();
    expect(toUsd(Number.NaN, 'EUR', 2020)).toBeNull();
  });

  it('has one positive rate per year for every currency in the table', () => {
    const years = rates.perUsd.USD!.length;
    for (const [code, series] of Object.entries(rates.perUsd)) {
      expect(series, code).toHaveLength(years);
      for (const rate of series) expect(rate, code).toBeGreaterThan(0);
    }
  });
});
