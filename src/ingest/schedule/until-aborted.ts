/** Thrown when a poll stops waiting because it was told to stop. */
export class PollInterrupted extends Error {
  constructor() {
    super('poll: interrupted');
    this.name = 'PollInterrupted';
  }
}

/** The promise's outcome, unless `signal` aborts first: then PollInterrupted (the work itself runs on, its result unused). */
export function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new PollInterrupted());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new PollInterrupted());
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
