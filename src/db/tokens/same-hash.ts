import { timingSafeEqual } from 'node:crypto';

/** Compares two hex digests in constant time; digests of different lengths are never equal (and are not compared). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  if (x.length === 0 || x.length !== y.length) return false;
  return timingSafeEqual(x, y);
}
