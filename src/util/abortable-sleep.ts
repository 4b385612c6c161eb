/** Waits `ms`, or less when `signal` aborts or any of `wake` settles; never rejects. */
export function abortableSleep(ms: number, signal?: AbortSignal, wake: Promise<unknown>[] = []): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    for (const w of wake) void w.then(done, done);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
