/** A whole-number flag within bounds (the fallback when absent), or an error naming the command and the flag. */
export function readCount(command: string, flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${command}: ${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}
