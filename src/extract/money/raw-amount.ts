import type { CurrencyForm } from './currency-form.js';

/** An amount as the patterns find it, before ranges and stated equivalents are joined. */
export interface RawAmount {
  start: number;
  end: number;
  /** Whole units of `currency`; the lower bound of a range. */
  value: number;
  currency: string;
  form: CurrencyForm;
  /** The scale multiplier written after the number (1 when none was written). */
  multiplier: number;
  scaled: boolean;
  low?: number;
  high?: number;
}
