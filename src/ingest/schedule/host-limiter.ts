export interface HostLimiterOptions {
  /** The least time between the end of one request to a host and the start of the next. */
  minGapMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Runs a request to `url`'s host when that host is free: one request in flight per host, a gap between requests. */
export type HostLimiter = <T>(url: string, request: () => Promise<T>) => Promise<T>;

const hostOf = (url: string): string => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Per-host politeness: requests to one host queue behind each other; requests to other hosts do not wait. */
export function hostLimiter(opts: HostLimiterOptions): HostLimiter {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const tails = new Map<string, Promise<void>>();
  const lastEnd = new Map<string, number>();
  return async <T>(url: string, request: () => Promise<T>): Promise<T> => {
    const host = hostOf(url);
    const before = tails.get(host) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => { done = resolve; });
    const tail = before.then(() => mine);
    tails.set(host, tail);
    await before;
    try {
      const wait = (lastEnd.get(host) ?? -Infinity) + opts.minGapMs - now();
      if (wait > 0) await sleep(wait);
      return await request();
    } finally {
      lastEnd.set(host, now());
      done();
      if (tails.get(host) === tail) tails.delete(host);
    }
  };
}
