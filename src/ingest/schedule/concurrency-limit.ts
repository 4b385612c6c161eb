export type Limited = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs at most `max` tasks at once; the others wait their turn in order. */
export function concurrencyLimit(max: number): Limited {
  if (!Number.isInteger(max) || max < 1) throw new Error(`schedule: concurrency must be a whole number of at least 1, got ${max}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
