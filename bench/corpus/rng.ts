/** A seeded pseudo-random source (mulberry32): the same seed gives the same corpus on every machine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index in [0, n) skewed toward 0 (u^skew): a few companies are in much of the news, most in little. */
  skewed(n: number, skew = 2): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** skew));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}
