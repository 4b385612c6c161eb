import { rates } from './rates.js';

const lastYear = rates.firstYear + (rates.perUsd.USD?.length ?? 1) - 1;

/**
 * US-dollar value of `value` units of `currency` at the annual average rate of `year`
 * (the latest year in the table when `year` is null or not a number; years outside the table use its nearest year).
 * Null for a currency the table lacks. Rounded to cents.
 */
export function toUsd(value: number, currency: string, year: number | null): number | null {
  const series = rates.perUsd[currency.toUpperCase()];
  if (!series || !Number.isFinite(value)) return null;
  const wanted = year !== null && Number.isFinite(year) ? year : lastYear;
  const index = Math.min(Math.max(Math.round(wanted) - rates.firstYear, 0), series.length - 1);
  const perUsd = series[index];
  if (perUsd === undefined || !(perUsd > 0)) return null;
  return Math.round((value / perUsd) * 100) / 100;
}
